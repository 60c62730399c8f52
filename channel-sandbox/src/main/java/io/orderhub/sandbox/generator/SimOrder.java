package io.orderhub.sandbox.generator;

import io.orderhub.sandbox.Channel;
import java.util.List;

/**
 * One order as it stands at the simulated instant {@code now}, money in fen. Platform renderers turn it into wire
 * payloads; the ground truth turns it into the unified record. {@code paidFen} is what the platform reports (it
 * differs from the computed amount for {@link Inconsistency#AMOUNT_MISMATCH}).
 */
public record SimOrder(Channel channel, int shop, String shopId, int index, long numericId, String orderId,
                       OrderTimeline timeline, long now, OrderStatus status, boolean onHold, long modifiedAt,
                       List<SimLine> lines, List<SimPromotion> promotions, long freightFen, long taxFen,
                       long paidFen, boolean crossBorder, long authorId, long roomId, int touches,
                       Inconsistency inconsistency, PayloadDefect defect) {

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
}
