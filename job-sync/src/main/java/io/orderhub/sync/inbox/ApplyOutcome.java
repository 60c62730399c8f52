package io.orderhub.sync.inbox;

/**
 * What applying one verified message did. A retryable failure is tried again later (up to the drain's attempts);
 * a final one dead-letters the message at once.
 */
public record ApplyOutcome(boolean applied, InboxReason reason, String detail, boolean retryable) {

    public static ApplyOutcome applied(String note) {
        return new ApplyOutcome(true, null, note, false);
    }

    public static ApplyOutcome retryLater(InboxReason reason, String detail) {
        return new ApplyOutcome(false, reason, detail, true);
    }

    public static ApplyOutcome refused(InboxReason reason, String detail) {
        return new ApplyOutcome(false, reason, detail, false);
    }
}
