package io.orderhub.sandbox.truth;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.generator.Inconsistency;
import io.orderhub.sandbox.generator.Money;
import io.orderhub.sandbox.generator.RefundState;
import io.orderhub.sandbox.generator.SimLine;
import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.generator.SimTime;
import java.math.BigDecimal;
import java.util.List;

/**
 * Computes the expected unified record from the sandbox's own order model, following docs/unified-model.md; it
 * never reads the rendered payloads, so a renderer bug and an adapter bug cannot cancel out.
 */
public final class GroundTruth {
    private GroundTruth() {
    }

    public static UnifiedOrder of(SimOrder order) {
        long goods = order.goodsFen();
        // Taobao and JD carry no order-level discount total in the mapping: it is implied by the amounts.
        // Douyin (promotion_amount) and PDD (discount_amount) state it, so the truth takes the stated value.
        long discount = switch (order.channel()) {
            case TAOBAO, JD -> goods + order.freightFen() + order.taxFen() - order.paidFen();
            case DOUYIN, PDD -> order.discountFen();
        };
        // PDD's only refund signal is the order-level refund_status, copied to every line: when the refund is not
        // reflected there, the served order reads as no refund at all.
        boolean refundHidden = order.channel() == Channel.PDD
                && order.inconsistency() == Inconsistency.REFUND_NOT_REFLECTED;
        List<UnifiedLine> lines = order.lines().stream()
                .map(line -> line(order.channel(), line, refundHidden)).toList();
        List<MarketingLine> marketing = order.promotions().stream()
                .map(p -> new MarketingLine(p.type(), p.fundedBy(), Money.yuan(p.amountFen()))).toList();
        long paidAt = order.at(order.timeline().paidAt());
        long expected = order.timeline().expectedDeliveryAt();
        return new UnifiedOrder(order.channel(), order.shopId(), order.orderId(), order.status(),
                refundHidden ? RefundState.NONE : order.refundState(), order.onHold(), Money.yuan(goods), Money.yuan(discount),
                Money.yuan(order.freightFen()), Money.yuan(order.taxFen()), Money.yuan(order.paidFen()),
                SimTime.local(order.timeline().createdAt()), paidAt == 0 ? null : SimTime.local(paidAt),
                SimTime.local(order.modifiedAt()), order.presale(),
                order.presale() && expected != 0 ? SimTime.local(expected).toLocalDate() : null,
                order.crossBorder(), lines, marketing, order.inconsistency(), order.defect());
    }

    private static UnifiedLine line(Channel channel, SimLine line, boolean refundHidden) {
        BigDecimal unitPrice = Money.yuan(line.unitPriceFen());
        return new UnifiedLine(line.sku(), Long.toString(line.platformSku()), line.quantity(), unitPrice,
                line.gift(), refundHidden ? RefundState.NONE : line.refundState());
    }
}
