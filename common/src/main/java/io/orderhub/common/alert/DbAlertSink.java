package io.orderhub.common.alert;

import java.time.Clock;

/**
 * The {@link AlertSink} watchers post to: records the alert's state by fingerprint in {@code alert_state} and
 * returns. Sending happens later, in {@link AlertDispatcher#dispatch()}, so a watcher never waits on a robot.
 */
public class DbAlertSink implements AlertSink {

    private final AlertStore store;
    private final Clock clock;

    public DbAlertSink(AlertStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void post(Alert alert) {
        store.upsert(alert, clock.instant());
    }
}
