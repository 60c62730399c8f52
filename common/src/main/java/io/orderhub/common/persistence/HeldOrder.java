package io.orderhub.common.persistence;

import io.orderhub.common.order.Channel;

/**
 * An order's freeze hold as read under lock for an operator's decision.
 *
 * @param freezeState {@code HELD}, {@code RELEASED}, {@code REJECTED}, or {@code null} when never held
 */
public record HeldOrder(Channel channel, String shopId, String platformOrderId, String orderNo, String status,
        String freezeState, String freezeRule) {
}
