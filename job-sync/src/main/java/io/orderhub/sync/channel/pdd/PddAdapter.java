package io.orderhub.sync.channel.pdd;

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
 * Pinduoduo orders: {@code pdd.order.number.list.increment.get} (window ≤ 30 minutes, {@code page_size} ≤ 100) and
 * {@code pdd.order.information.get}. Only recent updates are served incrementally; we assume the same 90 days as
 * the other platforms (PDD's docs are less explicit).
 */
public final class PddAdapter extends AbstractChannelAdapter {

    private static final WindowLimits LIMITS = new WindowLimits(Duration.ofMinutes(30), Duration.ofDays(90), 100,
            Integer.MAX_VALUE);

    private final PddClient client;

    public PddAdapter(ChannelHttp http) {
        super(Channel.PDD, LIMITS, new PddOrderMapper());
        this.client = new PddClient(http);
    }

    @Override
    public OrderPage fetchPage(ShopSession shop, TimeWindow window, int pageNo, int pageSize) {
        JsonNode body = client.incrementPage(shop, window, pageNo, pageSize);
        JsonNode response = body.path("order_sn_increment_get_response");
        if (!response.isObject()) {
            throw new MalformedPageException(shop.label() + ": no order_sn_increment_get_response", body.toString());
        }
        List<RawOrder> orders = rawOrders(shop, body, response.path("order_sn_list"), "order_sn_list");
        return new OrderPage(total(response, pageNo, pageSize, orders.size()), orders);
    }

    /**
     * With {@code use_has_next=true} PDD may leave {@code total_count} out (or 0); {@code has_next} is authoritative
     * then. The total is never below what the pages seen so far prove: all earlier pages full, this one as counted,
     * and one more order when {@code has_next} says there is a next page.
     */
    static long total(JsonNode response, int pageNo, int pageSize, int onThisPage) {
        long seen = (long) (pageNo - 1) * pageSize + onThisPage;
        long proven = response.path("has_next").asBoolean(false) ? Math.max(seen, (long) pageNo * pageSize) + 1 : seen;
        return Math.max(response.path("total_count").asLong(0), proven);
    }

    /** {@code pdd.order.information.get} with {@code order_sn} → {@code order_info_get_response.order_info}. */
    @Override
    public Optional<RawOrder> fetchDetail(ShopSession shop, String platformOrderId) {
        return detail(client.information(shop, platformOrderId).path("order_info_get_response").path("order_info"));
    }

    @Override
    protected String platformOrderId(JsonNode order) {
        return text(order, "order_sn");
    }
}
