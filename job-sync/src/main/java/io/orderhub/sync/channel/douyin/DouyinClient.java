package io.orderhub.sync.channel.douyin;

import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.http.ApiCall;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;

/**
 * Builds 抖店 open-platform calls: {@code POST {gateway}/<method with . as />}, common parameters ({@code app_key},
 * {@code method}, {@code access_token}, {@code v=2}) in the query, {@code param_json} as the raw JSON body; the signer
 * adds {@code timestamp}, {@code sign_method} and {@code sign} over the body exactly as sent.
 */
final class DouyinClient {

    static final String SEARCH_LIST = "order.searchList";
    static final String ORDER_DETAIL = "order.orderDetail";

    private static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");

    private final ChannelHttp http;

    DouyinClient(ChannelHttp http) {
        this.http = http;
    }

    /**
     * One page of shop orders updated in the window. {@code page} counts from 0 ({@code "page":0} is sent, not
     * dropped). Sorted by {@code update_time} descending ({@code order_asc=false}, 抖店's default), newest first as
     * for TOP and JD: orders that change while we page leave the window from the front, so the engine's walk from
     * the last page back does not skip any.
     */
    JsonNode searchPage(ShopSession shop, TimeWindow window, int pageNo, int pageSize) {
        Map<String, Object> params = new TreeMap<>();
        params.put("update_time_start", window.from().atZone(GMT8).toEpochSecond());
        params.put("update_time_end", window.to().atZone(GMT8).toEpochSecond());
        params.put("order_by", "update_time");
        params.put("order_asc", false);
        params.put("page", pageNo - 1);
        params.put("size", pageSize);
        return http.execute(request(shop, SEARCH_LIST, params));
    }

    JsonNode orderDetail(ShopSession shop, String shopOrderId) {
        return http.execute(request(shop, ORDER_DETAIL, Map.of("shop_order_id", shopOrderId)));
    }

    /**
     * {@code param_json}: keys sorted at every level, compact, numbers as numbers; Jackson escapes neither
     * {@code /} nor HTML characters nor non-ASCII text, which is what 抖店's SDKs sign.
     */
    static String paramJson(Map<String, ?> params) {
        return ChannelHttp.JSON.writeValueAsString(sorted(params));
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((k, v) -> {
                if (v != null) { // unset fields are dropped, as the SDKs do; zero values are kept
                    copy.put(k.toString(), sorted(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(sorted(v)));
            return copy;
        }
        return value;
    }

    private Request request(ShopSession shop, String method, Map<String, ?> params) {
        HttpUrl url = shop.credentials().gateway().newBuilder()
                .encodedPath("/" + method.replace('.', '/'))
                .addQueryParameter("app_key", shop.credentials().appKey())
                .addQueryParameter("method", method)
                .addQueryParameter("access_token", shop.credentials().accessToken())
                .addQueryParameter("v", "2")
                .build();
        return new Request.Builder().url(url).post(RequestBody.create(paramJson(params), JSON_BODY))
                .tag(ApiCall.class, new ApiCall(shop, method)).build();
    }
}
