package io.orderhub.sandbox.generator;

import io.orderhub.sandbox.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The marketing items each platform can express, with the unified type and funder that docs/unified-model.md assigns.
 * Taobao's mapping gives only the type (by promotion_id prefix); the funder is SHOP for shop coupons and full
 * reductions, PLATFORM for Tmall coupons, OTHER otherwise.
 */
final class PromotionCatalog {
    private record Kind(String code, String name, MarketingType type, FundedBy fundedBy) {
    }

    private static final List<Kind> TAOBAO = List.of(
            new Kind("shopbonus", "店铺优惠券", MarketingType.SHOP_COUPON, FundedBy.SHOP),
            new Kind("mjs", "满199减20", MarketingType.FULL_REDUCTION, FundedBy.SHOP),
            new Kind("tmallcoupon", "天猫购物券", MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM),
            new Kind("tbzk", "限时折扣", MarketingType.OTHER, FundedBy.OTHER));
    private static final List<Kind> JD = List.of(
            new Kind("41", "京东券", MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM),
            new Kind("39", "京豆", MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM),
            new Kind("30", "单品促销优惠", MarketingType.SHOP_COUPON, FundedBy.SHOP),
            new Kind("100", "店铺优惠", MarketingType.SHOP_COUPON, FundedBy.SHOP),
            new Kind("20", "套装优惠", MarketingType.FULL_REDUCTION, FundedBy.SHOP),
            new Kind("34", "红包", MarketingType.OTHER, FundedBy.PLATFORM));
    private static final List<Kind> DOUYIN = List.of(
            new Kind("shop", "店铺券", MarketingType.SHOP_COUPON, FundedBy.SHOP),
            new Kind("platform", "平台券", MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM),
            new Kind("talent", "达人券", MarketingType.LIVE_STREAM_DISCOUNT, FundedBy.AUTHOR));
    private static final List<Kind> PDD = List.of(
            new Kind("platform", "平台优惠", MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM),
            new Kind("seller", "店铺优惠", MarketingType.SHOP_COUPON, FundedBy.SHOP),
            new Kind("capital_free", "支付立减", MarketingType.OTHER, FundedBy.PLATFORM));

    private PromotionCatalog() {
    }

    /** Draws 0..n promotions whose total stays at or below half the goods amount. */
    static List<SimPromotion> draw(Channel channel, SplittableRandom random, long goodsFen, boolean live) {
        List<SimPromotion> drawn = new ArrayList<>();
        long total = 0;
        for (Kind kind : kinds(channel)) {
            boolean wanted = random.nextDouble() < 0.3;
            long amount = goodsFen * (2 + random.nextInt(11)) / 100;
            if (random.nextBoolean()) {
                amount = Math.max(100, amount / 100 * 100);
            }
            boolean possible = !kind.code().equals("talent") || live;
            if (wanted && possible && amount > 0 && total + amount <= goodsFen / 2) {
                drawn.add(new SimPromotion(kind.code(), kind.name(), kind.type(), kind.fundedBy(), amount));
                total += amount;
            }
        }
        return drawn;
    }

    private static List<Kind> kinds(Channel channel) {
        return switch (channel) {
            case TAOBAO -> TAOBAO;
            case JD -> JD;
            case DOUYIN -> DOUYIN;
            case PDD -> PDD;
        };
    }
}
