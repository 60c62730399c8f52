package io.orderhub.sync.channel.taobao;

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
 * Taobao/Tmall through TOP: {@code taobao.trades.sold.increment.get} (window ≤ 1 day, last ~3 months, page size
 * ≤ 100, newest first) and {@code taobao.trade.fullinfo.get}.
 */
public final class TaobaoAdapter extends AbstractChannelAdapter {

    private static final WindowLimits LIMITS = new WindowLimits(Duration.ofDays(1), Duration.ofDays(90), 100,
            Integer.MAX_VALUE);

    private final TaobaoClient client;

    public TaobaoAdapter(ChannelHttp http) {
        super(Channel.TAOBAO, LIMITS, new TaobaoOrderMapper());
        this.client = new TaobaoClient(http);
    }

    @Override
    public OrderPage fetchPage(ShopSession shop, TimeWindow window, int pageNo, int pageSize) {
        JsonNode body = client.incrementPage(shop, window, pageNo, pageSize);
        JsonNode response = body.get("trades_sold_increment_get_response");
        if (response == null || !response.isObject()) {
            throw new MalformedPageException(shop.label() + ": no trades_sold_increment_get_response", body.toString());
        }
        List<RawOrder> orders = rawOrders(shop, body, response.path("trades").path("trade"), "trades.trade");
        return new OrderPage(response.path("total_results").asLong(orders.size()), orders);
    }

    @Override
    public Optional<RawOrder> fetchDetail(ShopSession shop, String platformOrderId) {
        return detail(client.fullInfo(shop, platformOrderId).path("trade_fullinfo_get_response").path("trade"));
    }

    /** {@code tid_str} where TOP sends it: {@code tid} is a number beyond 2^53. */
    @Override
    protected String platformOrderId(JsonNode trade) {
        return text(trade, trade.hasNonNull("tid_str") ? "tid_str" : "tid");
    }
}
