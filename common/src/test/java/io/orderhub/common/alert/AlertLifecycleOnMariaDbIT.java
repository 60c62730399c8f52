package io.orderhub.common.alert;

/** The alert lifecycle on a real MariaDB, a fresh schema per test. */
class AlertLifecycleOnMariaDbIT extends AlertLifecycleContract {

    @Override
    AlertHarness harness() {
        return AlertHarness.onMariaDb();
    }
}
