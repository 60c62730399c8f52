package io.orderhub.sandbox.push;

/** Where a message stands; {@code SUPPRESSED} = a notify the fault plan never sends (reconcile must find it). */
public enum MessageState { QUEUED, IN_FLIGHT, RETRY_WAIT, ACKNOWLEDGED, ABANDONED, SUPPRESSED;

    public boolean pending() {
        return this == QUEUED || this == IN_FLIGHT || this == RETRY_WAIT;
    }
}
