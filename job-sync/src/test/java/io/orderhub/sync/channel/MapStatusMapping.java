package io.orderhub.sync.channel;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.RefundState;
import io.orderhub.sync.status.StatusMapping;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A status mapping for unit tests, filled by hand. */
public final class MapStatusMapping implements StatusMapping {

    private final Map<String, Mapped> orders = new HashMap<>();
    private final Map<String, RefundState> refunds = new HashMap<>();

    public MapStatusMapping order(Channel channel, String platform, OrderStatus status, boolean onHold) {
        orders.put(channel + "|" + platform, new Mapped(status, onHold));
        return this;
    }

    public MapStatusMapping order(Channel channel, String platform, OrderStatus status) {
        return order(channel, platform, status, false);
    }

    public MapStatusMapping refund(Channel channel, String platform, RefundState state) {
        refunds.put(channel + "|" + platform, state);
        return this;
    }

    @Override
    public Optional<Mapped> orderStatus(Channel channel, String platformStatus) {
        return Optional.ofNullable(orders.get(channel + "|" + platformStatus));
    }

    @Override
    public Optional<RefundState> refundState(Channel channel, String platformRefundStatus) {
        return Optional.ofNullable(refunds.get(channel + "|" + platformRefundStatus));
    }
}
