package io.orderhub.sync.channel.jd;

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
 * JD POP sellers through JOS: {@code jingdong.pop.order.search} by modified time and {@code jingdong.pop.order.get}.
 *
 * <p>Limits: JD allows a one-month window, but we query at most one day: a month of a busy shop is thousands of
 * pages sorted newest first, and every order modified while we page shifts the pages under us; a day keeps a walk
 * short (minutes), as for TOP. Modified-time queries reach back about three months; {@code page_size} ≤ 50 (the
 * docs say 50 in one place and 100 in another: 50 is safe under both).
 */
public final class JdAdapter extends AbstractChannelAdapter {

    private static final WindowLimits LIMITS = new WindowLimits(Duration.ofDays(1), Duration.ofDays(90), 50,
            Integer.MAX_VALUE);

    private final JdClient client;

    public JdAdapter(ChannelHttp http) {
        super(Channel.JD, LIMITS, new JdOrderMapper());
        this.client = new JdClient(http);
    }

    /** Reads {@code jingdong_pop_order_search_responce.searchorderinfo_result} ({@code responce} is JD's spelling). */
    @Override
    public OrderPage fetchPage(ShopSession shop, TimeWindow window, int pageNo, int pageSize) {
        JsonNode body = client.searchPage(shop, window, pageNo, pageSize);
        JsonNode result = body.path("jingdong_pop_order_search_responce").path("searchorderinfo_result");
        if (!result.isObject() || !result.path("apiResult").path("success").asBoolean(false)) {
            throw new MalformedPageException(shop.label() + ": no successful searchorderinfo_result", body.toString());
        }
        List<RawOrder> orders = rawOrders(shop, body, result.path("orderInfoList"), "orderInfoList");
        return new OrderPage(result.path("orderTotal").asLong(orders.size()), orders);
    }

    /**
     * {@code jingdong.pop.order.get} → {@code jingdong_pop_order_get_responce.orderDetailInfo.orderInfo}. This shape
     * is taken from JD's docs and ERP write-ups, not verified against a live JOS reply: anything else is "none".
     */
    @Override
    public Optional<RawOrder> fetchDetail(ShopSession shop, String platformOrderId) {
        return detail(client.orderDetail(shop, platformOrderId)
                .path("jingdong_pop_order_get_responce").path("orderDetailInfo").path("orderInfo"));
    }

    @Override
    protected String platformOrderId(JsonNode order) {
        return text(order, "orderId");
    }
}
