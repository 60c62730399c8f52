package io.orderhub.sync.inbox;

/**
 * What applying one verified message did. A retryable failure is tried again later (up to the drain's attempts);
 * a final one dead-letters the message at once; a message that needs an order we do not have yet waits for it
 * ({@code awaitsOrder}: that order's platform id).
 */
public record ApplyOutcome(boolean applied, InboxReason reason, String detail, boolean retryable, String awaitsOrder) {

    public static ApplyOutcome applied(String note) {
        return new ApplyOutcome(true, null, note, false, null);
    }

    public static ApplyOutcome retryLater(InboxReason reason, String detail) {
        return new ApplyOutcome(false, reason, detail, true, null);
    }

    public static ApplyOutcome refused(InboxReason reason, String detail) {
        return new ApplyOutcome(false, reason, detail, false, null);
    }

    /** Parked until the order {@code platformOrderId} of the message's shop arrives (or the wait runs out). */
    public static ApplyOutcome awaitOrder(String platformOrderId, String detail) {
        return new ApplyOutcome(false, InboxReason.AWAITING_ORDER, detail, true, platformOrderId);
    }
}
