package io.orderhub.monitor.consistency.check;

/** The six consistency checks of issue #18, as stored in {@code consistency_finding.check_name}. */
public enum CheckName {
    AMOUNT,
    REFUND,
    GIFT_STOCK,
    PRESALE,
    CROSS_BORDER_TAX,
    STATUS_DRIFT
}
