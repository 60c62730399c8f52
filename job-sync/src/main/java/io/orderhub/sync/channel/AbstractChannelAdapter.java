package io.orderhub.sync.channel;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.sync.status.StatusMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What every channel adapter has in common: which channel it is, its limits, its order mapper, and reading the
 * order list of a page or the order of a detail reply. A platform adds its calls and where its replies keep these.
 */
public abstract class AbstractChannelAdapter implements ChannelAdapter {

    private final Channel channel;
    private final WindowLimits limits;
    private final OrderMapper mapper;

    protected AbstractChannelAdapter(Channel channel, WindowLimits limits, OrderMapper mapper) {
        this.channel = channel;
        this.limits = limits;
        this.mapper = mapper;
    }

    @Override
    public final Channel channel() {
        return channel;
    }

    @Override
    public final WindowLimits limits() {
        return limits;
    }

    @Override
    public final UnifiedOrder map(String shopId, RawOrder raw, StatusMapping statuses) {
        return mapper.map(shopId, raw, statuses);
    }

    /** The id the platform gives one of its orders; null when the order has none (it is quarantined by the mapper). */
    protected abstract String platformOrderId(JsonNode order);

    /**
     * Each element of a page's order list as a raw order. A list left out (or null) is an empty page, as platforms
     * send for a window without orders; anything but an array is a malformed page, never read as orders.
     *
     * @param listName where the list stands in the reply, for the message
     */
    protected final List<RawOrder> rawOrders(ShopSession shop, JsonNode body, JsonNode list, String listName) {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new MalformedPageException(shop.label() + ": " + listName + " is not an array", body.toString());
        }
        List<RawOrder> orders = new ArrayList<>(list.size());
        for (JsonNode order : list) {
            orders.add(new RawOrder(platformOrderId(order), order));
        }
        return orders;
    }

    /** The order of a detail reply; none when the reply holds no order object where the platform puts it. */
    protected final Optional<RawOrder> detail(JsonNode order) {
        return order.isObject() ? Optional.of(new RawOrder(platformOrderId(order), order)) : Optional.empty();
    }

    /** A field's text, or null when the field is missing or null. */
    protected static String text(JsonNode order, String field) {
        JsonNode value = order.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
