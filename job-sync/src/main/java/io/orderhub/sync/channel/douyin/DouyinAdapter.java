package io.orderhub.sync.channel.douyin;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.AbstractChannelAdapter;
import io.orderhub.sync.channel.MalformedPageException;
import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.WindowLimits;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * 抖店 (Douyin shop) orders: {@code order.searchList} by update time and {@code order.orderDetail}.
 *
 * <p>Limits: {@code size} ≤ 100, only the last 90 days, and at most 50,000 orders reachable per query (the engine
 * halves a fuller window). 抖店 sets no window length; we cap it at one day so a walk stays short and a busy
 * live-stream day rarely reaches the 50,000 cap.
 */
public final class DouyinAdapter extends AbstractChannelAdapter {

    private static final WindowLimits LIMITS = new WindowLimits(Duration.ofDays(1), Duration.ofDays(90), 100, 50_000);

    private final DouyinClient client;

    public DouyinAdapter(ChannelHttp http) {
        super(Channel.DOUYIN, LIMITS, new DouyinOrderMapper());
        this.client = new DouyinClient(http);
    }

    /** Reads {@code data.total} and {@code data.shop_order_list}; errors were already raised by {@link DouyinErrors}. */
    @Override
    public OrderPage fetchPage(ShopSession shop, TimeWindow window, int pageNo, int pageSize) {
        JsonNode body = client.searchPage(shop, window, pageNo, pageSize);
        JsonNode data = body.path("data");
        if (!data.isObject()) {
            throw new MalformedPageException(shop.label() + ": no data", body.toString());
        }
        List<RawOrder> orders = rawOrders(shop, body, data.path("shop_order_list"), "data.shop_order_list");
        return new OrderPage(data.path("total").asLong(orders.size()), orders);
    }

    /** {@code order.orderDetail} with {@code shop_order_id} → {@code data.shop_order_detail}. */
    @Override
    public Optional<RawOrder> fetchDetail(ShopSession shop, String platformOrderId) {
        return detail(client.orderDetail(shop, platformOrderId).path("data").path("shop_order_detail"));
    }

    @Override
    protected String platformOrderId(JsonNode order) {
        return text(order, "order_id");
    }
}
