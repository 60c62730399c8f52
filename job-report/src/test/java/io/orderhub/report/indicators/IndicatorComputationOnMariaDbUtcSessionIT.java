package io.orderhub.report.indicators;

/**
 * The indicator contract on MariaDB with every session in UTC, eight hours from the GMT+8 wall clock the suite
 * stores: a figure that took a time from the database's clock or converted a stored time would move a day.
 */
class IndicatorComputationOnMariaDbUtcSessionIT extends IndicatorComputationContract {

    @Override
    IndicatorHarness harness() {
        return IndicatorHarness.onMariaDb("SET time_zone = '+00:00'");
    }
}
