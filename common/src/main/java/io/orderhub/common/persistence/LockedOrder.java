package io.orderhub.common.persistence;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import java.math.BigDecimal;

/**
 * An order's header as read under its row lock ({@link OrderWriter#lockForPayment}): the lock holds until the
 * caller's transaction ends, so a decision taken on these values (amount, status) still holds when it is written.
 *
 * @param paidAmount what the buyer owes (or paid) for the order, in yuan
 */
public record LockedOrder(Channel channel, String shopId, String platformOrderId, String orderNo, OrderStatus status,
        BigDecimal paidAmount) {
}
