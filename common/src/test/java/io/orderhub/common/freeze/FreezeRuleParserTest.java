package io.orderhub.common.freeze;

import static io.orderhub.common.testing.OrderFixtures.paidOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.testing.OrderFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreezeRuleParserTest {

    private static FreezeRuleRow row(String name, String kind, String channel, String shop, String threshold,
            String sku, Integer limit) {
        return new FreezeRuleRow(name, kind, channel, shop, threshold == null ? null : new BigDecimal(threshold), sku,
                limit, null, false);
    }

    private static FreezeRuleRow keywordRow(String name, String kind, String keywords) {
        return new FreezeRuleRow(name, kind, null, null, null, null, null, keywords, false);
    }

    private static UnifiedOrder withTexts(String buyerRemark, String sellerMemo, String region) {
        return OrderFixtures.withTexts(paidOrder("1"), new OrderTexts(buyerRemark, sellerMemo, region));
    }

    private static void refused(FreezeRuleRow row, String message) {
        assertThatThrownBy(() -> FreezeRuleParser.parse(row)).isInstanceOf(InvalidFreezeRuleException.class)
                .hasMessage(message);
    }

    @Test
    void aRowMissingWhatItsKindNeedsIsRefusedNamingRuleAndField() {
        refused(row("big", "PAID_AMOUNT_ABOVE", null, null, null, null, null),
                "freeze rule 'big': threshold: required by PAID_AMOUNT_ABOVE");
        refused(row("sku", "SKU_QUANTITY_ABOVE", null, null, null, null, 5),
                "freeze rule 'sku': sku: required by SKU_QUANTITY_ABOVE");
        refused(row("sku", "SKU_QUANTITY_ABOVE", null, null, null, "A", null),
                "freeze rule 'sku': quantity_limit: required by SKU_QUANTITY_ABOVE");
    }

    @Test
    void unknownKindChannelAndFieldsTheKindDoesNotUseAreRefused() {
        refused(row("k", "BUYER_BLOCKLIST", null, null, null, null, null),
                "freeze rule 'k': kind: unknown 'BUYER_BLOCKLIST', expected one of [PAID_AMOUNT_ABOVE,"
                        + " SKU_QUANTITY_ABOVE, FIRST_ORDER_AMOUNT_ABOVE, CROSS_BORDER_TAX_ABOVE, REMARK_KEYWORD,"
                        + " ADDRESS_KEYWORD]");
        refused(row("c", "PAID_AMOUNT_ABOVE", "TMALL", null, "1", null, null),
                "freeze rule 'c': channel: unknown 'TMALL', expected one of [TAOBAO, JD, DOUYIN, PDD] or NULL");
        refused(row("s", "PAID_AMOUNT_ABOVE", null, "shop-1", "1", null, null),
                "freeze rule 's': shop_id: a shop needs its channel");
        refused(row("t", "PAID_AMOUNT_ABOVE", null, null, "-1.00", null, null),
                "freeze rule 't': threshold: must not be negative: -1.00");
        refused(row("u", "PAID_AMOUNT_ABOVE", null, null, "1", "SKU", null),
                "freeze rule 'u': sku: not used by PAID_AMOUNT_ABOVE");
        refused(row("bad name!", "PAID_AMOUNT_ABOVE", null, null, "1", null, null),
                "freeze rule 'bad name!': name: 1-64 letters, digits, '_', '.' or '-'");
    }

    @Test
    void oneBadRowLeavesTheOthersInTheSet() {
        FreezeRuleSet set = FreezeRuleSet.of(List.of(row("bad", "PAID_AMOUNT_ABOVE", null, null, null, null, null),
                row("good", "PAID_AMOUNT_ABOVE", "TAOBAO", "shop-1", "100", null, null)));
        assertThat(set.rules()).extracting(FreezeRule::name).containsExactly("good");
        assertThat(set.refused()).extracting(InvalidFreezeRuleException::rule, InvalidFreezeRuleException::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bad", "threshold"));
    }

    @Test
    void aRuleOfAnotherShopOrChannelDoesNotHold() {
        FreezeRule otherShop = FreezeRuleParser.parse(row("o", "PAID_AMOUNT_ABOVE", "TAOBAO", "shop-2", "1", null,
                null));
        FreezeRule otherChannel = FreezeRuleParser.parse(row("o", "PAID_AMOUNT_ABOVE", "JD", null, "1", null, null));
        FreezeRule everywhere = FreezeRuleParser.parse(row("o", "PAID_AMOUNT_ABOVE", null, null, "1", null, null));
        assertThat(paidOrder("1").channel()).isEqualTo(Channel.TAOBAO);
        assertThat(otherShop.reasonToHold(paidOrder("1"), false)).isEmpty();
        assertThat(otherChannel.reasonToHold(paidOrder("1"), false)).isEmpty();
        assertThat(everywhere.reasonToHold(paidOrder("1"), false)).contains("paid 189.00 > 1.00");
    }

    @Test
    void crossBorderTaxRuleIgnoresDomesticOrders() {
        FreezeRule tax = FreezeRuleParser.parse(row("tax", "CROSS_BORDER_TAX_ABOVE", null, null, "0", null, null));
        assertThat(tax.reasonToHold(paidOrder("1"), false)).isEmpty();
    }

    @Test
    void aKeywordRuleWithAnEmptyListOrABlankKeywordIsRefusedNamingRuleAndField() {
        refused(keywordRow("remark", "REMARK_KEYWORD", null),
                "freeze rule 'remark': keywords: an empty list (give keywords separated by '|')");
        refused(keywordRow("remark", "REMARK_KEYWORD", "  "),
                "freeze rule 'remark': keywords: an empty list (give keywords separated by '|')");
        refused(keywordRow("addr", "ADDRESS_KEYWORD", "新疆|| 西藏"),
                "freeze rule 'addr': keywords: keyword 2 of 3 is blank");
        refused(keywordRow("addr", "ADDRESS_KEYWORD", "新疆|"), "freeze rule 'addr': keywords: keyword 2 of 2 is blank");
        refused(keywordRow("long", "REMARK_KEYWORD", "刷".repeat(65)),
                "freeze rule 'long': keywords: keyword 1 is longer than 64 characters");
        refused(new FreezeRuleRow("big", "PAID_AMOUNT_ABOVE", null, null, BigDecimal.TEN, null, null, "刷单", false),
                "freeze rule 'big': keywords: not used by PAID_AMOUNT_ABOVE");
        refused(new FreezeRuleRow("kw", "REMARK_KEYWORD", null, null, BigDecimal.TEN, null, null, "刷单", false),
                "freeze rule 'kw': threshold: not used by REMARK_KEYWORD");
    }

    @Test
    void remarkKeywordMatchesTheBuyerRemarkOrTheSellerMemoIgnoringCaseAndWidth() {
        FreezeRule rule = FreezeRuleParser.parse(keywordRow("remark", "REMARK_KEYWORD", " 刷单 | vip代付 | Test "));

        assertThat(rule.keywords().keywords()).containsExactly("刷单", "vip代付", "Test");
        assertThat(rule.reasonToHold(withTexts("帮朋友刷单，不用发货", null, null), false))
                .contains("buyer remark contains '刷单'");
        assertThat(rule.reasonToHold(withTexts("周末送货", "ＶＩＰ代付订单", null), false))
                .contains("seller memo contains 'vip代付'");
        assertThat(rule.reasonToHold(withTexts("THIS IS A TEST ORDER", null, null), false))
                .contains("buyer remark contains 'Test'");
        assertThat(rule.reasonToHold(withTexts("请尽快发货🙏", "老客户", "浙江省 杭州市 刷单区"), false)).isEmpty();
        assertThat(rule.reasonToHold(paidOrder("1"), false)).isEmpty();
    }

    @Test
    void addressKeywordMatchesTheReceiverRegionOnly() {
        FreezeRule rule = FreezeRuleParser.parse(keywordRow("addr", "ADDRESS_KEYWORD", "乌鲁木齐|拉萨"));

        assertThat(rule.reasonToHold(withTexts(null, null, "新疆维吾尔自治区 乌鲁木齐市 天山区"), false))
                .contains("receiver region contains '乌鲁木齐'");
        assertThat(rule.reasonToHold(withTexts("寄到乌鲁木齐", "拉萨的客户", "浙江省 杭州市 西湖区"), false)).isEmpty();
        assertThat(rule.reasonToHold(paidOrder("1"), false)).isEmpty();
    }
}
