package io.orderhub.sandbox.truth;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.generator.Inconsistency;
import io.orderhub.sandbox.generator.Money;
import io.orderhub.sandbox.generator.OrderStatus;
import io.orderhub.sandbox.generator.RefundState;
import io.orderhub.sandbox.generator.SimLine;
import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.generator.SimTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
        List<UnifiedLine> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            lines.add(line(order, i, refundHidden));
        }
        List<MarketingLine> marketing = order.promotions().stream()
                .map(p -> new MarketingLine(p.type(), p.fundedBy(), Money.yuan(p.amountFen()))).toList();
        long paidAt = order.at(order.timeline().paidAt());
        long expected = order.timeline().expectedDeliveryAt();
        ExpectedTexts texts = ExpectedTexts.of(order.channel(), order.texts());
        return new UnifiedOrder(order.channel(), order.shopId(), order.orderId(), order.status(),
                refundHidden ? RefundState.NONE : order.refundState(), order.onHold(), Money.yuan(goods), Money.yuan(discount),
                Money.yuan(order.freightFen()), Money.yuan(order.taxFen()), Money.yuan(order.paidFen()),
                SimTime.local(order.timeline().createdAt()), paidAt == 0 ? null : SimTime.local(paidAt),
                SimTime.local(order.modifiedAt()), time(shippedAt(order)), time(deliveredAt(order)),
                time(order.promisedShipBy()), order.presale(),
                order.presale() && expected != 0 ? SimTime.local(expected).toLocalDate() : null,
                order.crossBorder(), masked(order.buyerRef()), texts.buyerRemark(), texts.sellerMemo(),
                texts.receiverRegion(), lines, marketing, order.inconsistency(), order.defect());
    }

    /**
     * Taobao's {@code consign_time} and Douyin's {@code ship_time} are the first consignment, a part shipment
     * included; PDD's {@code shipping_time} is the shipment of the whole order; JD's is not mapped.
     */
    private static long shippedAt(SimOrder order) {
        return switch (order.channel()) {
            case TAOBAO, DOUYIN -> order.firstShippedAt();
            case JD -> 0;
            case PDD -> order.at(order.timeline().shippedAt());
        };
    }

    /**
     * Taobao's {@code end_time}, JD's {@code orderEndTime} and Douyin's {@code finish_time} count as delivered only
     * for a completed order (they are also a cancellation's time); PDD states {@code receive_time}.
     */
    private static long deliveredAt(SimOrder order) {
        return switch (order.channel()) {
            case TAOBAO, JD, DOUYIN -> order.status() == OrderStatus.COMPLETED ? order.at(order.timeline().completedAt()) : 0;
            case PDD -> order.at(order.timeline().deliveredAt());
        };
    }

    private static UnifiedLine line(SimOrder order, int index, boolean refundHidden) {
        SimLine line = order.lines().get(index);
        return new UnifiedLine(line.sku(), Long.toString(line.platformSku()), line.quantity(),
                Money.yuan(line.unitPriceFen()), Money.yuan(discountShareFen(order, index)), line.gift(),
                refundHidden ? RefundState.NONE : line.refundState());
    }

    /**
     * Taobao ({@code discount_fee + part_mjz_discount}) and Douyin ({@code origin_amount − pay_amount}) state each
     * line's share; JD's coupons each name a SKU (the sandbox's JD names the first line's for every coupon), so a
     * line carries the coupons on its SKU; PDD states no per-item discount.
     */
    private static long discountShareFen(SimOrder order, int index) {
        return switch (order.channel()) {
            case TAOBAO, DOUYIN -> order.lines().get(index).discountFen();
            case JD -> index == 0 ? order.discountFen() : 0;
            case PDD -> 0;
        };
    }

    /** docs/unified-model.md, "Buyer reference": the first and last character around {@code ***}. */
    static String masked(String buyerRef) {
        if (buyerRef == null || buyerRef.isBlank()) {
            return null;
        }
        int[] chars = buyerRef.strip().codePoints().toArray();
        String first = Character.toString(chars[0]);
        return chars.length <= 2 ? first + "***" : first + "***" + Character.toString(chars[chars.length - 1]);
    }

    private static LocalDateTime time(long epochSecond) {
        return epochSecond == 0 ? null : SimTime.local(epochSecond);
    }
}
