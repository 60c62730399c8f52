package io.orderhub.common.freeze;

/** What a freeze rule looks at; each kind needs its own fields of {@code freeze_rule} (docs/freeze-rules.md). */
public enum FreezeRuleKind {
    /** Paid amount strictly above {@code threshold}. */
    PAID_AMOUNT_ABOVE(true, false, false),
    /** The order's total quantity of merchant SKU {@code sku} strictly above {@code quantity_limit}. */
    SKU_QUANTITY_ABOVE(false, true, false),
    /** The buyer's first order in the shop, with a paid amount strictly above {@code threshold}. */
    FIRST_ORDER_AMOUNT_ABOVE(true, false, false),
    /** A cross-border order whose tax is strictly above {@code threshold}. */
    CROSS_BORDER_TAX_ABOVE(true, false, false),
    /** The buyer's remark or the seller's memo contains one of {@code keywords}. */
    REMARK_KEYWORD(false, false, true),
    /** The receiver's region (province, city, district, township) contains one of {@code keywords}. */
    ADDRESS_KEYWORD(false, false, true);

    private final boolean needsThreshold;
    private final boolean needsSku;
    private final boolean needsKeywords;

    FreezeRuleKind(boolean needsThreshold, boolean needsSku, boolean needsKeywords) {
        this.needsThreshold = needsThreshold;
        this.needsSku = needsSku;
        this.needsKeywords = needsKeywords;
    }

    boolean needsThreshold() {
        return needsThreshold;
    }

    /** Whether the kind needs {@code sku} and {@code quantity_limit}. */
    boolean needsSku() {
        return needsSku;
    }

    /** Whether the kind needs {@code keywords}. */
    boolean needsKeywords() {
        return needsKeywords;
    }
}
