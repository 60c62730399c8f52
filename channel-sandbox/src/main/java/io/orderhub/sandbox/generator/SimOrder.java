package io.orderhub.sandbox.generator;

import io.orderhub.sandbox.Channel;
import java.util.List;

/**
 * One order as it stands at the simulated instant {@code now}, money in fen. Platform renderers turn it into wire
 * payloads; the ground truth turns it into the unified record. {@code paidFen} is what the platform reports (it
 * differs from the computed amount for {@link Inconsistency#AMOUNT_MISMATCH}). {@code texts} are the remark, memo and
 * receiver region as served ({@link OrderTextCatalog}).
 */
public record SimOrder(Channel channel, int shop, String shopId, int index, long numericId, String orderId,
                       OrderTimeline timeline, long now, OrderStatus status, boolean onHold, long modifiedAt,
                       List<SimLine> lines, List<SimPromotion> promotions, long freightFen, long taxFen,
                       long paidFen, boolean crossBorder, long authorId, long roomId, int touches,
                       Inconsistency inconsistency, PayloadDefect defect, SimTexts texts) {

    public long goodsFen() {
        return lines.stream().mapToLong(SimLine::goodsFen).sum();
    }

    public long discountFen() {
        return promotions.stream().mapToLong(SimPromotion::amountFen).sum();
    }

    public long promotionFen(String code) {
        return promotions.stream().filter(p -> p.code().equals(code)).mapToLong(SimPromotion::amountFen).sum();
    }

    public boolean paid() {
        return timeline.at(timeline.paidAt(), now) != 0;
    }

    /** An event's time if it has happened by {@code now}, else 0. */
    public long at(long event) {
        return timeline.at(event, now);
    }

    public boolean presale() {
        return timeline.presale();
    }

    public RefundState refundState() {
        return RefundState.ofLines(lines.stream().map(SimLine::refundState).toList());
    }

    /** When the first goods left (a part shipment or the whole), if they have by {@code now}, else 0. */
    public long firstShippedAt() {
        long part = at(timeline.partShippedAt());
        return part != 0 ? part : at(timeline.shippedAt());
    }

    /**
     * The ship-by deadline the platform states, 0 = none: Taobao's {@code est_con_time} (presale only), Douyin's
     * {@code exp_ship_time} and PDD's {@code last_ship_time}, both 48 hours after payment; JD states none.
     */
    public long promisedShipBy() {
        return switch (channel) {
            case TAOBAO -> presale() ? timeline.expectedDeliveryAt() : 0;
            case JD -> 0;
            case DOUYIN -> paid() ? at(timeline.paidAt()) + 48 * 3600 : 0;
            // PDD lists paid orders only, so its deadline is always stated.
            case PDD -> timeline.paidAt() == 0 ? 0 : timeline.paidAt() + 48 * 3600;
        };
    }

    /**
     * The buyer's id as the platform sends it, null where it sends none: Taobao's {@code buyer_open_uid}, JD's
     * {@code pin}. Douyin's {@code doudian_open_id} and PDD's buyer fields are not served by the sandbox.
     */
    public String buyerRef() {
        return switch (channel) {
            case TAOBAO -> "AAH" + Long.toHexString(numericId * 31 + 7);
            case JD -> "jd_" + Long.toHexString(numericId);
            case DOUYIN, PDD -> null;
        };
    }
}
