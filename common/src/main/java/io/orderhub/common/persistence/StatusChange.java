package io.orderhub.common.persistence;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One change of an order's unified status, as recorded by {@link OrderStatusChanges}: a row in
 * {@code order_status_history} and an event in {@code order_event_outbox}.
 *
 * @param channel         the order's channel
 * @param shopId          the shop within the channel
 * @param platformOrderId the platform's order id; our order number is derived from it ({@link Channel#orderNo})
 * @param before          the status before the change, {@code null} when the order is new to us
 * @param after           the status after the change
 * @param occurredAt      when the change happened (GMT+8 wall clock): the platform's modified time for pulls and
 *                        pushes, the payment time for a reconcile, the operator's action time for a manual change
 * @param source          where the change came from
 */
public record StatusChange(Channel channel, String shopId, String platformOrderId, OrderStatus before,
        OrderStatus after, LocalDateTime occurredAt, StatusSource source) {

    public StatusChange {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(platformOrderId, "platformOrderId");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
        if (before == after) {
            throw new IllegalArgumentException("not a status change: " + channel.orderNo(platformOrderId) + " stays "
                    + after);
        }
    }

    /** Our internal order number, deterministic from channel and platform order id. */
    public String orderNo() {
        return channel.orderNo(platformOrderId);
    }
}
