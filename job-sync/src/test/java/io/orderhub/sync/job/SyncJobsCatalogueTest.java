package io.orderhub.sync.job;

import io.orderhub.common.testing.JobCatalogueCoverage;
import org.junit.jupiter.api.Test;

class SyncJobsCatalogueTest {

    @Test
    void everyHandlerHasItsCatalogueEntryWithTheParameterItParses() {
        JobCatalogueCoverage.assertCovers("oms-job-sync", "io.orderhub.sync");
    }
}
