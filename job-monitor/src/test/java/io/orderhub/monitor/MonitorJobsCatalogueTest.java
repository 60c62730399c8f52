package io.orderhub.monitor;

import io.orderhub.common.testing.JobCatalogueCoverage;
import org.junit.jupiter.api.Test;

class MonitorJobsCatalogueTest {

    @Test
    void everyHandlerHasItsCatalogueEntryWithTheParameterItParses() {
        JobCatalogueCoverage.assertCovers("oms-job-monitor", "io.orderhub.monitor");
    }
}
