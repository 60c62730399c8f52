package io.orderhub.sync.channel.taobao;

import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.http.ApiCall;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.time.format.DateTimeFormatter;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/**
 * Builds TOP calls the way the official SDKs do: system parameters in the URL query of {@code /router/rest},
 * business parameters in a form body; the signer adds timestamp and sign over both.
 */
final class TaobaoClient {

    static final String INCREMENT_GET = "taobao.trades.sold.increment.get";
    static final String FULLINFO_GET = "taobao.trade.fullinfo.get";

    /** Everything the mapper reads; TOP returns only the fields asked for. */
    static final String TRADE_FIELDS = "tid,tid_str,status,step_trade_status,step_paid_fee,created,modified,pay_time,"
            + "consign_time,end_time,est_con_time,total_fee,post_fee,payment,discount_fee,order_tax_fee,buyer_nick,"
            + "buyer_open_uid,orders,promotion_details,buyer_message,seller_memo,receiver_state,receiver_city,"
            + "receiver_district,receiver_town";

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ChannelHttp http;

    TaobaoClient(ChannelHttp http) {
        this.http = http;
    }

    /**
     * One page of trades modified in the window. {@code use_has_next=false} so TOP returns {@code total_results}:
     * the engine needs the page count to walk from the last page back (TOP sorts newest first).
     */
    JsonNode incrementPage(ShopSession shop, TimeWindow window, int pageNo, int pageSize) {
        FormBody body = new FormBody.Builder()
                .add("fields", TRADE_FIELDS)
                .add("start_modified", WALL_CLOCK.format(window.from()))
                .add("end_modified", WALL_CLOCK.format(window.to()))
                .add("page_no", Integer.toString(pageNo))
                .add("page_size", Integer.toString(pageSize))
                .add("use_has_next", "false")
                .build();
        return http.execute(request(shop, INCREMENT_GET, body));
    }

    JsonNode fullInfo(ShopSession shop, String tid) {
        FormBody body = new FormBody.Builder().add("fields", TRADE_FIELDS).add("tid", tid).build();
        return http.execute(request(shop, FULLINFO_GET, body));
    }

    private Request request(ShopSession shop, String method, FormBody body) {
        HttpUrl url = shop.credentials().gateway().newBuilder()
                .encodedPath("/router/rest")
                .addQueryParameter("method", method)
                .addQueryParameter("app_key", shop.credentials().appKey())
                .addQueryParameter("session", shop.credentials().accessToken())
                .addQueryParameter("format", "json")
                .addQueryParameter("v", "2.0")
                .build();
        return new Request.Builder().url(url).post(body).tag(ApiCall.class, new ApiCall(shop, method)).build();
    }
}
