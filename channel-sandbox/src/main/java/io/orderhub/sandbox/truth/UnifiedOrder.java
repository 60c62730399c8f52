package io.orderhub.sandbox.truth;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.generator.Inconsistency;
import io.orderhub.sandbox.generator.OrderStatus;
import io.orderhub.sandbox.generator.PayloadDefect;
import io.orderhub.sandbox.generator.RefundState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The record an adapter should store for one order (docs/unified-model.md), as the platform currently serves it.
 * Money in yuan with scale 2; times GMT+8. {@code inconsistency} and {@code payloadDefect} say which deliberate
 * errors the payload carries: the consistency check should flag the first, the adapter quarantine the second.
 * {@code buyerRemark}, {@code sellerMemo} and {@code receiverRegion} are the order texts as stored (null = none).
 */
public record UnifiedOrder(Channel channel, String shopId, String platformOrderId, OrderStatus status,
                           RefundState refundState, boolean onHold, BigDecimal goodsAmount, BigDecimal discountAmount,
                           BigDecimal freightAmount, BigDecimal taxAmount, BigDecimal paidAmount,
                           LocalDateTime createdAt, LocalDateTime paidAt, LocalDateTime modifiedAt,
                           LocalDateTime shippedAt, LocalDateTime deliveredAt, LocalDateTime promisedShipBy,
                           boolean presale, LocalDate expectedDelivery, boolean crossBorder, String buyerRef,
                           String buyerRemark, String sellerMemo, String receiverRegion, List<UnifiedLine> lines,
                           List<MarketingLine> marketing, Inconsistency inconsistency, PayloadDefect payloadDefect) {

    public boolean consistent() {
        return inconsistency == Inconsistency.NONE;
    }

    /** goods + freight + tax − paid = discount = Σ marketing (docs/unified-model.md, "Amount invariants"). */
    public boolean amountsBalance() {
        BigDecimal marketingTotal = marketing.stream().map(MarketingLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal implied = goodsAmount.add(freightAmount).add(taxAmount).subtract(paidAmount);
        return implied.compareTo(discountAmount) == 0 && discountAmount.compareTo(marketingTotal) == 0;
    }
}
