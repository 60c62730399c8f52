package io.orderhub.sandbox.generator;

import io.orderhub.sandbox.Channel;

/**
 * The remarks, memos and receiver regions the sandbox serves: a fixed catalogue, picked per order from one stable
 * 64-bit value, so an order's texts cost a few array reads per render and are the same for the same seed. Besides the
 * ordinary ones it holds the hostile shapes a mapper must survive (docs/unified-model.md, "Order texts"): empty and
 * blank texts, full-width letters and full-width spaces (U+3000, which stripping removes), emoji, quotes, a
 * backslash and a line break, remarks beyond 500 chars (one whose 500th char is the first half of an emoji), a
 * region beyond 200, regions without township or city (a 省直辖县级行政区 such as 济源 comes as a district alone) and
 * orders with no address at all.
 */
public final class OrderTextCatalog {

    /** 499 chars and then an emoji: cutting at 500 would split its surrogate pair. */
    static final String EMOJI_ACROSS_THE_LIMIT = "请".repeat(499) + "😀" + "后面的字被截掉";

    /**
     * One slot in {@link #SLOTS} per entry, the other slots get no text (most buyers write none), so each hostile
     * shape comes about once in 32 orders: enough for a demo's thousands, cheap for the pages a benchmark renders.
     */
    private static final int SLOTS = 32;

    private static final String[] BUYER_REMARKS = {
        "", "   ",
        "请尽快发货，谢谢！",
        "\u3000周末不在家，请放快递柜\u3000",
        "🎁 送人的，不要放发票 🙏",
        "ＡＢＣ－１２３　全角字母和数字",
        "别发\"圆通\"\n换顺丰\\谢谢",
        EMOJI_ACROSS_THE_LIMIT,
    };

    private static final String[] SELLER_MEMOS = {
        "",
        "赠品：小样×2",
        "⚠️ 大客户，优先发",
        " ＶＩＰ客户　勿催 ",
        "仓库注意：" + "易碎品轻拿轻放，".repeat(70),
    };

    /** The first {@link #ORDINARY_REGIONS} are the common case: the slots beyond the table's end take one of them. */
    private static final int ORDINARY_REGIONS = 3;

    private static final String[][] REGIONS = {
        {"浙江省", "杭州市", "西湖区", "文新街道"},
        {"北京", "北京市", "朝阳区", "望京街道"},
        {"广东省", "深圳市", "南山区", null},
        {"河南省", "", "济源市", ""},
        {"新疆维吾尔自治区", "乌鲁木齐市", "天山区", "　"},
        {" 上海 ", "上海市", "浦东新区", "\u3000张江镇\u3000"},
        {"四川省", "成都市", "武侯区", "某某".repeat(110) + "街道"},
        {null, null, null, null},
    };

    private OrderTextCatalog() {
    }

    /**
     * The texts of one order from its stable value {@code bits}. A touched order (the seller edited it, see
     * ShopOrderBook) carries the seller's latest memo, which names the second of the latest touch: the touch is what
     * moved the order's modified time, so two touches within one second leave one memo, as they leave one modified
     * time (a memo counting the touches would change under an unchanged modified time, which no reader can see).
     */
    public static SimTexts draw(Channel channel, long bits, int touches, long touchedAt) {
        String remark = slot(BUYER_REMARKS, bits);
        String memo = touches > 0 ? touchedMemo(channel, touchedAt) : slot(SELLER_MEMOS, bits >>> 16);
        int regionSlot = Math.floorMod((int) (bits >>> 32), SLOTS);
        String[] region = REGIONS[regionSlot < REGIONS.length ? regionSlot : regionSlot % ORDINARY_REGIONS];
        return new SimTexts(remark, memo, region[0], region[1], region[2], region[3]);
    }

    private static String slot(String[] texts, long bits) {
        int slot = Math.floorMod((int) bits, SLOTS);
        return slot < texts.length ? texts[slot] : null;
    }

    private static String touchedMemo(Channel channel, long touchedAt) {
        String version = "v" + SimTime.text(touchedAt).substring(11);
        return switch (channel) {
            case TAOBAO -> "改地址 " + version;
            case JD -> "商家备注 " + version;
            case DOUYIN, PDD -> "备注 " + version;
        };
    }
}
