package io.orderhub.common.alert;

/** The alert lifecycle on H2 in MySQL mode (the embedded default database), a fresh database per test. */
class AlertLifecycleOnH2IT extends AlertLifecycleContract {

    @Override
    AlertHarness harness() {
        return AlertHarness.onH2();
    }
}
