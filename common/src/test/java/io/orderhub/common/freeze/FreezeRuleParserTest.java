package io.orderhub.common.freeze;

import static io.orderhub.common.testing.OrderFixtures.paidOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreezeRuleParserTest {

    private static FreezeRuleRow row(String name, String kind, String channel, String shop, String threshold,
            String sku, Integer limit) {
        return new FreezeRuleRow(name, kind, channel, shop, threshold == null ? null : new BigDecimal(threshold), sku,
                limit, false);
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
        refused(row("k", "ADDRESS_KEYWORD", null, null, null, null, null),
                "freeze rule 'k': kind: unknown 'ADDRESS_KEYWORD', expected one of [PAID_AMOUNT_ABOVE,"
                        + " SKU_QUANTITY_ABOVE, FIRST_ORDER_AMOUNT_ABOVE, CROSS_BORDER_TAX_ABOVE]");
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
}
