package io.orderhub.report;

import io.orderhub.common.testing.JobCatalogueCoverage;
import org.junit.jupiter.api.Test;

class ReportJobsCatalogueTest {

    @Test
    void everyHandlerHasItsCatalogueEntryWithTheParameterItParses() {
        JobCatalogueCoverage.assertCovers("oms-job-report", "io.orderhub.report");
    }
}
