package io.orderhub.common.freeze;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.UnifiedOrder;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One valid, enabled row of {@code freeze_rule} ({@link FreezeRuleParser} makes it).
 *
 * @param channel       the channel it applies to, {@code null} for every channel
 * @param shopId        the shop it applies to, {@code null} for every shop of the channel
 * @param threshold     yuan, for the amount and tax kinds; {@code null} otherwise
 * @param sku           the merchant SKU of {@link FreezeRuleKind#SKU_QUANTITY_ABOVE}; {@code null} otherwise
 * @param quantityLimit the quantity limit of {@link FreezeRuleKind#SKU_QUANTITY_ABOVE}; 0 otherwise
 * @param keywords      the keywords of {@link FreezeRuleKind#REMARK_KEYWORD} and
 *                      {@link FreezeRuleKind#ADDRESS_KEYWORD}; {@code null} otherwise
 * @param dryRun        records what it would hold and holds nothing
 */
public record FreezeRule(String name, FreezeRuleKind kind, Channel channel, String shopId, BigDecimal threshold,
        String sku, int quantityLimit, FreezeKeywords keywords, boolean dryRun) {

    /** Whether the order is in the rule's channel and shop. */
    public boolean covers(UnifiedOrder order) {
        return (channel == null || channel == order.channel()) && (shopId == null || shopId.equals(order.shopId()));
    }

    /**
     * Why the rule holds the order, or empty when it does not.
     *
     * @param buyersFirstOrder whether this is the buyer's first order in the shop (asked of
     *                         {@link FreezeRuleKind#FIRST_ORDER_AMOUNT_ABOVE} only)
     */
    public Optional<String> reasonToHold(UnifiedOrder order, boolean buyersFirstOrder) {
        if (!covers(order)) {
            return Optional.empty();
        }
        BigDecimal paid = order.amounts().paid();
        return switch (kind) {
            case PAID_AMOUNT_ABOVE -> paid.compareTo(threshold) > 0
                    ? Optional.of("paid " + paid.toPlainString() + " > " + threshold.toPlainString())
                    : Optional.empty();
            case FIRST_ORDER_AMOUNT_ABOVE -> buyersFirstOrder && paid.compareTo(threshold) > 0
                    ? Optional.of("buyer's first order, paid " + paid.toPlainString() + " > " + threshold.toPlainString())
                    : Optional.empty();
            case CROSS_BORDER_TAX_ABOVE -> order.crossBorder() && order.amounts().tax().compareTo(threshold) > 0
                    ? Optional.of("cross-border tax " + order.amounts().tax().toPlainString() + " > "
                            + threshold.toPlainString())
                    : Optional.empty();
            case SKU_QUANTITY_ABOVE -> {
                int quantity = 0;
                for (OrderLine line : order.lines()) {
                    if (sku.equals(line.sku())) {
                        quantity += line.quantity();
                    }
                }
                yield quantity > quantityLimit
                        ? Optional.of("quantity of " + sku + " " + quantity + " > " + quantityLimit)
                        : Optional.empty();
            }
            case REMARK_KEYWORD -> keywords.firstIn(order.texts().buyerRemark())
                    .map(k -> "buyer remark contains '" + k + "'")
                    .or(() -> keywords.firstIn(order.texts().sellerMemo())
                            .map(k -> "seller memo contains '" + k + "'"));
            case ADDRESS_KEYWORD -> keywords.firstIn(order.texts().receiverRegion())
                    .map(k -> "receiver region contains '" + k + "'");
        };
    }

    /** Whether the order could be held as a buyer's first order: the rule covers it and its amount is above. */
    boolean asksForFirstOrder(UnifiedOrder order) {
        return kind == FreezeRuleKind.FIRST_ORDER_AMOUNT_ABOVE && covers(order) && order.buyerRefMasked() != null
                && order.amounts().paid().compareTo(threshold) > 0;
    }
}
