package io.orderhub.monitor.consistency.check;

/**
 * The consistency checks of issue #18 (the six of the issue and MISSING_HERE), as stored in
 * {@code consistency_finding.check_name}.
 */
public enum CheckName {
    AMOUNT,
    REFUND,
    GIFT_STOCK,
    PRESALE,
    CROSS_BORDER_TAX,
    STATUS_DRIFT,
    /** External records (ERP, WMS, ledger) of an order {@code unified_order} lacks. */
    MISSING_HERE
}
