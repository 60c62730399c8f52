package io.orderhub.sync.channel;

import io.orderhub.common.order.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** What every platform adapter has in common: which channel it is, its limits, and reading a page's order list. */
public abstract class PlatformAdapter implements ChannelAdapter {

    private final Channel channel;
    private final WindowLimits limits;

    protected PlatformAdapter(Channel channel, WindowLimits limits) {
        this.channel = channel;
        this.limits = limits;
    }

    @Override
    public final Channel channel() {
        return channel;
    }

    @Override
    public final WindowLimits limits() {
        return limits;
    }

    /** Each element of a platform's order array as a raw order, with the id the platform gives it. */
    protected static List<RawOrder> rawOrders(JsonNode array, Function<JsonNode, String> id) {
        List<RawOrder> orders = new ArrayList<>(Math.max(0, array.size()));
        for (JsonNode order : array) {
            orders.add(new RawOrder(id.apply(order), order));
        }
        return orders;
    }
}
