package io.orderhub.common.quarantine;

/** Why a payload could not be processed. Monitors count quarantined payloads by these codes. */
public enum QuarantineReason {
    /** Not valid JSON, or truncated. */
    MALFORMED_PAYLOAD,
    /** A required field is missing. */
    MISSING_FIELD,
    /** A field has a value of the wrong shape (an amount that is not a number, a date that does not parse). */
    INVALID_FIELD,
    /** The platform status is not in the status mapping: never guessed. */
    UNKNOWN_STATUS,
    /**
     * The amounts do not add up (lines to goods, goods + freight + tax − discount to paid) or a discount is
     * negative: written, such an order would be wrong money in every report.
     */
    AMOUNT_INVARIANT,
    /** A push whose signature did not verify. */
    SIGNATURE_MISMATCH
}
