package io.orderhub.sync.channel.pdd;

import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.http.ApiCall;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.time.ZoneId;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/**
 * Builds Pinduoduo open-platform calls: one {@code POST {gateway}/api/router} with every parameter in the form —
 * {@code type} (the API), {@code client_id}, {@code access_token}, {@code data_type=JSON} and the business
 * parameters; the signer adds {@code timestamp} and {@code sign}.
 */
final class PddClient {

    static final String INCREMENT_GET = "pdd.order.number.list.increment.get";
    static final String INFORMATION_GET = "pdd.order.information.get";

    /** {@code order_status}/{@code refund_status} 5 = all: we want every change, refunds included. */
    private static final String ALL = "5";
    private static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");

    private final ChannelHttp http;

    PddClient(ChannelHttp http) {
        this.http = http;
    }

    /**
     * One page of orders updated in the window (≤ 30 minutes). {@code is_lucky_flag=0}: all orders, lucky-draw ones
     * included. {@code use_has_next=false}: the engine walks a window from its last page back, so it needs
     * {@code total_count}, which PDD may leave out when asked for {@code has_next}; the adapter still derives a lower
     * bound from {@code has_next} should a response come without the count.
     */
    JsonNode incrementPage(ShopSession shop, TimeWindow window, int pageNo, int pageSize) {
        FormBody.Builder form = common(shop, INCREMENT_GET)
                .add("start_updated_at", Long.toString(window.from().atZone(GMT8).toEpochSecond()))
                .add("end_updated_at", Long.toString(window.to().atZone(GMT8).toEpochSecond()))
                .add("is_lucky_flag", "0")
                .add("order_status", ALL)
                .add("refund_status", ALL)
                .add("page", Integer.toString(pageNo))
                .add("page_size", Integer.toString(pageSize))
                .add("use_has_next", "false");
        return http.execute(request(shop, INCREMENT_GET, form.build()));
    }

    JsonNode information(ShopSession shop, String orderSn) {
        return http.execute(request(shop, INFORMATION_GET, common(shop, INFORMATION_GET).add("order_sn", orderSn).build()));
    }

    private static FormBody.Builder common(ShopSession shop, String type) {
        return new FormBody.Builder()
                .add("type", type)
                .add("client_id", shop.credentials().appKey())
                .add("access_token", shop.credentials().accessToken())
                .add("data_type", "JSON");
    }

    private static Request request(ShopSession shop, String type, FormBody form) {
        HttpUrl url = shop.credentials().gateway().newBuilder().encodedPath("/api/router").build();
        return new Request.Builder().url(url).post(form).tag(ApiCall.class, new ApiCall(shop, type)).build();
    }
}
