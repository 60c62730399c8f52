package io.orderhub.report.indicators;

/** The indicator contract on MariaDB, the session in the zone the test database is set to (OMS_TEST_DB_TIME_ZONE). */
class IndicatorComputationOnMariaDbIT extends IndicatorComputationContract {

    @Override
    IndicatorHarness harness() {
        return IndicatorHarness.onMariaDb(null);
    }
}
