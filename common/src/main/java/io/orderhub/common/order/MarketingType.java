package io.orderhub.common.order;

/** What kind of discount a marketing line is. */
public enum MarketingType {
    PLATFORM_COUPON,
    SHOP_COUPON,
    FULL_REDUCTION,
    LIVE_STREAM_DISCOUNT,
    OTHER
}
