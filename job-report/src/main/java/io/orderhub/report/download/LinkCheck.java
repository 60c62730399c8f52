package io.orderhub.report.download;

/** What {@link SignedLinks#check} found. */
public enum LinkCheck {
    VALID,
    /** The signature matches, the expiry has passed. */
    EXPIRED,
    /** The signature does not match the path and expiry (another path, a changed expiry, another key). */
    BAD_SIGNATURE,
    /** {@code expires} or {@code sig} missing or not a number / 64 hex digits. */
    MALFORMED
}
