package io.orderhub.common.order;

/** Who pays for a discount: it decides whose margin a marketing line reduces. */
public enum FundedBy {
    PLATFORM,
    SHOP,
    AUTHOR,
    OTHER
}
