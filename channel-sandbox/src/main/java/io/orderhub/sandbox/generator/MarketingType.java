package io.orderhub.sandbox.generator;

public enum MarketingType { PLATFORM_COUPON, SHOP_COUPON, FULL_REDUCTION, LIVE_STREAM_DISCOUNT, OTHER }
