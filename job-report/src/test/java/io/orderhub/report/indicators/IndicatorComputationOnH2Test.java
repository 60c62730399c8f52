package io.orderhub.report.indicators;

/** The indicator contract on H2 in MySQL mode (the embedded default database). */
class IndicatorComputationOnH2Test extends IndicatorComputationContract {

    @Override
    IndicatorHarness harness() {
        return IndicatorHarness.onH2();
    }
}
