package io.orderhub.report.indicators;

import io.orderhub.common.order.Channel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What the indicators need of one order, from unified_order and its status history (GMT+8 wall clock).
 *
 * @param firstShippedAt the first shipment: the earliest of shipped_at and the first history change to
 *                       PARTIALLY_SHIPPED or SHIPPED (a partial shipment counts as shipped)
 * @param exceptional    held, or listed by {@link ExceptionalOrders}
 */
record OrderFacts(String orderNo, Channel channel, String shopId, String status, String refundState,
        boolean exceptional, LocalDateTime createdAt, LocalDateTime paidAt, LocalDateTime promisedShipBy,
        LocalDateTime firstShippedAt, LocalDateTime deliveredAt, LocalDateTime completedAt, boolean presale,
        LocalDate presaleDeliveryDate) {

    boolean shipped() {
        return firstShippedAt != null;
    }

    /** Cancelled without any shipment: excluded from the on-time rate. */
    boolean cancelledBeforeShipping() {
        return !shipped() && "CANCELLED".equals(status) && !refundedBeforeShipping();
    }

    /**
     * Fully refunded without any shipment: excluded from the on-time rate. Refund times are not stored, so "before
     * shipping" is "refunded and never shipped"; a partly refunded unshipped order still has goods to ship.
     */
    boolean refundedBeforeShipping() {
        return !shipped() && "REFUNDED".equals(refundState);
    }

    boolean refunded() {
        return "REFUNDED".equals(refundState) || "PARTIAL".equals(refundState);
    }

    /**
     * The ship-by of this order: presale orders against their own delivery date (shipped by the end of it), else
     * the platform's promise, else payment + the channel's default promise; empty for an unpaid order without one.
     */
    Optional<ShipBy> shipBy(DefaultPromises defaults) {
        if (presale && presaleDeliveryDate != null) {
            return Optional.of(new ShipBy(presaleDeliveryDate.plusDays(1).atStartOfDay(), presaleDeliveryDate, false));
        }
        if (promisedShipBy != null) {
            return Optional.of(new ShipBy(promisedShipBy, promisedShipBy.toLocalDate(), false));
        }
        if (paidAt == null) {
            return Optional.empty();
        }
        return defaults.of(channel).map(promise -> {
            LocalDateTime deadline = paidAt.plus(promise);
            return new ShipBy(deadline, deadline.toLocalDate(), true);
        });
    }
}
