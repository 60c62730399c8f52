package io.orderhub.sandbox.generator;

/** Deliberate data errors for consistency checks. The payload is served as is; the truth records it as received. */
public enum Inconsistency {
    NONE,
    /** The paid amount is off by a few fen..yuan: goods + freight + tax − paid ≠ Σ marketing. */
    AMOUNT_MISMATCH,
    /**
     * A line's refund succeeded (after-sale closed as refunded) but the order-level fields do not show it; see
     * README.md for what each platform serves. Only platforms with line refunds (not JD) have such orders.
     */
    REFUND_NOT_REFLECTED
}
