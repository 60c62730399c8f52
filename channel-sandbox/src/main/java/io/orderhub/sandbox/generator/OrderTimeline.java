package io.orderhub.sandbox.generator;

/**
 * When each lifecycle event of one order happens (Unix seconds, 0 = never). The state at any simulated instant follows
 * from it, so advancing the clock moves orders along without storing them.
 */
public record OrderTimeline(long createdAt, long depositPaidAt, long paidAt, long partShippedAt, long shippedAt,
                            long deliveredAt, long completedAt, long cancelledAt, long heldAt,
                            long refundRequestedAt, long refundedAt, boolean refundAllLines,
                            boolean presale, long expectedDeliveryAt, long visibleFrom) {

    static boolean happened(long at, long now) {
        return at != 0 && at <= now;
    }

    public boolean visibleAt(long now) {
        return visibleFrom != 0 && visibleFrom <= now;
    }

    public OrderStatus statusAt(long now) {
        if (happened(cancelledAt, now)) {
            return OrderStatus.CANCELLED;
        }
        if (happened(completedAt, now)) {
            return OrderStatus.COMPLETED;
        }
        if (happened(deliveredAt, now)) {
            return OrderStatus.DELIVERED;
        }
        if (happened(shippedAt, now)) {
            return OrderStatus.SHIPPED;
        }
        if (happened(partShippedAt, now)) {
            return OrderStatus.PARTIALLY_SHIPPED;
        }
        return happened(paidAt, now) ? OrderStatus.PAID : OrderStatus.PENDING_PAYMENT;
    }

    /** The latest event at or before {@code now}: the platform's "modified" time. */
    public long modifiedAt(long now) {
        long latest = createdAt;
        for (long at : new long[] {depositPaidAt, paidAt, partShippedAt, shippedAt, deliveredAt, completedAt,
                cancelledAt, heldAt, refundRequestedAt, refundedAt}) {
            if (happened(at, now) && at > latest) {
                latest = at;
            }
        }
        return latest;
    }

    /**
     * The latest event strictly before {@link #modifiedAt(long)}, or 0 when the latest event is the creation (there
     * is no earlier one). A late-stamped modified time never goes at or below it, so the stamp still moves forward.
     */
    public long previousModifiedAt(long now) {
        long latest = modifiedAt(now);
        if (latest == createdAt) {
            return 0;
        }
        long previous = createdAt;
        for (long at : new long[] {depositPaidAt, paidAt, partShippedAt, shippedAt, deliveredAt, completedAt,
                cancelledAt, heldAt, refundRequestedAt, refundedAt}) {
            if (happened(at, now) && at < latest && at > previous) {
                previous = at;
            }
        }
        return previous;
    }

    public boolean onHoldAt(long now) {
        return happened(heldAt, now);
    }

    public RefundState lineRefundAt(long now) {
        if (happened(refundedAt, now)) {
            return RefundState.REFUNDED;
        }
        return happened(refundRequestedAt, now) ? RefundState.REQUESTED : RefundState.NONE;
    }

    public long at(long event, long now) {
        return happened(event, now) ? event : 0;
    }
}
