package io.orderhub.common.alert;

/**
 * Where watchers post alerts. Posting is cheap and idempotent (state is kept per fingerprint); grouping, routing,
 * silences, inhibition, de-duplication and sending happen behind it.
 */
public interface AlertSink {

    /** Record that {@code alert} is firing (endsAt null) or is over (endsAt set). */
    void post(Alert alert);
}
