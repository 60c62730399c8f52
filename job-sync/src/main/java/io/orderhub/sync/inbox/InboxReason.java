package io.orderhub.sync.inbox;

/** Why a message was held or dead-lettered. Monitors group and alert by these names. */
public enum InboxReason {
    BODY_TOO_LARGE,
    UNKNOWN_SHOP,
    UNKNOWN_GATEWAY,
    MALFORMED,
    SIGNATURE_MISSING,
    SIGNATURE_MISMATCH,
    STALE_TIMESTAMP,
    APP_MISMATCH,
    /** Our own configuration is missing a key or secret for this sender: fix it, then replay. */
    CONFIGURATION,
    REPLAYED,
    /** A verified notice waiting for its order (parked, not failing): applied when the order arrives. */
    AWAITING_ORDER,
    /** The order never arrived within the wait ({@code oms.inbox.await-order-for}). */
    ORDER_NOT_FOUND,
    AMOUNT_MISMATCH,
    MAPPING_FAILED,
    APPLY_FAILED
}
