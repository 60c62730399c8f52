package io.orderhub.sandbox.generator;

/** Deliberate data errors for consistency checks. The payload is served as is; the truth records it as received. */
public enum Inconsistency {
    NONE,
    /** The paid amount is off by a few fen..yuan: goods + freight + tax − paid ≠ Σ marketing. */
    AMOUNT_MISMATCH
}
