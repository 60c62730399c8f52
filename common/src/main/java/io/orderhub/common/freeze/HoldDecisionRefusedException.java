package io.orderhub.common.freeze;

/** An operator's decision that cannot apply: the order does not exist, or is not (or no longer) held. */
public class HoldDecisionRefusedException extends RuntimeException {

    /** Why: {@code NOT_FOUND} or {@code NOT_HELD}. */
    public enum Reason { NOT_FOUND, NOT_HELD }

    private final Reason reason;

    public HoldDecisionRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
