package io.orderhub.sync.channel.jd;

import io.orderhub.common.order.FundedBy;
import io.orderhub.common.order.MarketingType;

/**
 * What a POP {@code couponDetailList[].couponType} means for us (docs/unified-model.md, JD table). JD shows the
 * type as a number followed by its label, {@code "41-京东券"}; a bare number is accepted too. Types outside the
 * table are kept as OTHER/OTHER rather than guessed.
 */
record JdCouponType(MarketingType type, FundedBy fundedBy, String label) {

    static JdCouponType of(String couponType) {
        String text = couponType.strip();
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        String label = text.substring(digits).replaceFirst("^\\s*-\\s*", "");
        int code = digits == 0 ? -1 : Integer.parseInt(text.substring(0, Math.min(digits, 9)));
        return switch (code) {
            case 41, 39, 52 -> new JdCouponType(MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM, label);
            case 30, 100 -> new JdCouponType(MarketingType.SHOP_COUPON, FundedBy.SHOP, label);
            case 20, 28, 29 -> new JdCouponType(MarketingType.FULL_REDUCTION, FundedBy.SHOP, label);
            case 34, 35 -> new JdCouponType(MarketingType.OTHER, FundedBy.PLATFORM, label);
            default -> new JdCouponType(MarketingType.OTHER, FundedBy.OTHER, label);
        };
    }

    /** The label JD gave, or the raw type when it gave none. */
    String name(String couponType) {
        return label.isEmpty() ? couponType.strip() : label;
    }
}
