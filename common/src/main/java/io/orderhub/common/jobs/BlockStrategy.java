package io.orderhub.common.jobs;

/**
 * What an executor does with a trigger while the job still runs (the admin's {@code ExecutorBlockStrategyEnum}).
 * {@code COVER_EARLY} (kill the running one) is never used: our jobs stop only at safe points they choose.
 */
public enum BlockStrategy {
    /** Queue it: an operator's command is never dropped. */
    SERIAL_EXECUTION,
    /** Drop it: a scheduled job catches up from its own state on the next trigger, so a queue would only pile up. */
    DISCARD_LATER
}
