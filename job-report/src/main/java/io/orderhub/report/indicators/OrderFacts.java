package io.orderhub.report.indicators;

import io.orderhub.common.order.Channel;
import io.orderhub.report.health.Stage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the indicators need of one order, from unified_order and its status history (GMT+8 wall clock).
 *
 * @param firstShippedAt the first shipment: the earliest of shipped_at and the first history change to
 *                       PARTIALLY_SHIPPED or SHIPPED (a partial shipment counts as shipped)
 * @param exceptional    held, or listed by {@link ExceptionalOrders}
 * @param freeze         when a freeze rule held the order and when an operator released or rejected it
 */
record OrderFacts(String orderNo, Channel channel, String shopId, String status, String refundState,
        boolean exceptional, LocalDateTime createdAt, LocalDateTime paidAt, LocalDateTime promisedShipBy,
        LocalDateTime firstShippedAt, LocalDateTime deliveredAt, LocalDateTime completedAt, boolean presale,
        LocalDate presaleDeliveryDate, FreezePath freeze) {

    /**
     * A freeze rule's hold (docs/freeze-rules.md): {@code heldAt} from unified_order.freeze_held_at, the operator's
     * decision time from freeze_decision.operator_at; at most one of released / rejected. All null: never held.
     */
    record FreezePath(LocalDateTime heldAt, LocalDateTime releasedAt, LocalDateTime rejectedAt) {

        static final FreezePath NEVER_HELD = new FreezePath(null, null, null);
    }

    /**
     * The stages reached after creation with their times, in flow order: paid → (held → released) → shipped →
     * delivered → completed. A rejected order's path ends at REJECTED: what happens to it afterwards is no part of
     * the flow. A stage without a time is not reached.
     */
    Map<Stage, LocalDateTime> reachedStages() {
        Map<Stage, LocalDateTime> reached = new EnumMap<>(Stage.class); // iterates in flow (ordinal) order
        reach(reached, Stage.PAID, paidAt);
        reach(reached, Stage.HELD, freeze.heldAt());
        if (freeze.rejectedAt() != null) {
            reach(reached, Stage.REJECTED, freeze.rejectedAt());
            return reached;
        }
        reach(reached, Stage.RELEASED, freeze.releasedAt());
        reach(reached, Stage.SHIPPED, firstShippedAt);
        reach(reached, Stage.DELIVERED, deliveredAt);
        reach(reached, Stage.COMPLETED, completedAt);
        return reached;
    }

    private static void reach(Map<Stage, LocalDateTime> reached, Stage stage, LocalDateTime at) {
        if (at != null) {
            reached.put(stage, at);
        }
    }

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
