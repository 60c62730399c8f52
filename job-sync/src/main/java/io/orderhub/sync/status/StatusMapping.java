package io.orderhub.sync.status;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.RefundState;
import java.util.Optional;

/**
 * The configured translation of platform statuses (table {@code status_mapping}, editable without a rebuild).
 * Lookups that find nothing return empty: an unknown status is never guessed, the order is quarantined.
 */
public interface StatusMapping {

    /** A mapped order status, with the hold flag for frozen/paused/locked orders. */
    record Mapped(OrderStatus status, boolean onHold) {
    }

    Optional<Mapped> orderStatus(Channel channel, String platformStatus);

    Optional<RefundState> refundState(Channel channel, String platformRefundStatus);
}
