package io.orderhub.sandbox.generator;

/**
 * One marketing item. {@code code} is the platform's own label: a Taobao promotion_id prefix, a JD couponType, a
 * Douyin promotion field (shop/platform/talent) or a PDD discount field (platform/seller/capital_free).
 */
public record SimPromotion(String code, String name, MarketingType type, FundedBy fundedBy, long amountFen) {
}
