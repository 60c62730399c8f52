package io.orderhub.common.persistence;

import io.orderhub.common.order.Channel;
import java.util.Objects;

/**
 * A freeze rule's verdict that an order which just entered PAID must wait for an operator (订单冻结).
 *
 * @param rule   the name of the rule that holds it (the first matching rule when several match)
 * @param reason what matched, for the operator, e.g. {@code paid 12800.00 > 10000.00}
 */
public record OrderHold(Channel channel, String shopId, String platformOrderId, String rule, String reason) {

    public OrderHold {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(platformOrderId, "platformOrderId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    public String orderNo() {
        return channel.orderNo(platformOrderId);
    }
}
