package io.orderhub.sync.channel.jd;

import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.http.ApiCall;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/**
 * Builds JOS calls the way JD's Java SDK does: system parameters ({@code method}, {@code app_key},
 * {@code access_token}, {@code v}) in the URL query of {@code /routerjson}, the business parameters as one compact
 * JSON string in the form field {@code 360buy_param_json}; the signer adds {@code timestamp} and {@code sign}.
 */
final class JdClient {

    static final String ORDER_SEARCH = "jingdong.pop.order.search";
    static final String ORDER_GET = "jingdong.pop.order.get";

    /** Every POP order state: the search returns only the states asked for, and we want every change. */
    static final String ALL_STATES = "WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM,WAIT_SELLER_DELIVERY,PAUSE,"
            + "FINISHED_L,TRADE_CANCELED,LOCKED,POP_ORDER_PAUSE";

    /** Everything {@link JdOrderMapper} reads: {@code optional_fields} is required and JD returns only these. */
    static final String ORDER_FIELDS = "orderId,orderState,orderStateRemark,orderTotalPrice,orderSellerPrice,"
            + "orderPayment,freightPrice,sellerDiscount,taxFee,orderStartTime,paymentConfirmTime,modified,orderEndTime,"
            + "pin,itemInfoList,couponDetailList,orderFlag,appointmentCalendar,balanceUsed,orderRemark,venderRemark,"
            + "consigneeInfo";

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ChannelHttp http;

    JdClient(ChannelHttp http) {
        this.http = http;
    }

    /**
     * One page of orders modified in the window ({@code dateType=0}), newest first ({@code sortType=1}), so the
     * engine can walk from the last page back as for TOP. {@code page}/{@code page_size} are strings in JD's API;
     * {@code dateType}/{@code sortType} are integers. JD's {@code end_date} is treated as inclusive by JD: an order
     * modified exactly at the window end may come in two windows, which the idempotent upsert absorbs.
     */
    JsonNode searchPage(ShopSession shop, TimeWindow window, int pageNo, int pageSize) {
        Map<String, Object> params = new TreeMap<>();
        params.put("start_date", WALL_CLOCK.format(window.from()));
        params.put("end_date", WALL_CLOCK.format(window.to()));
        params.put("order_state", ALL_STATES);
        params.put("optional_fields", ORDER_FIELDS);
        params.put("page", Integer.toString(pageNo));
        params.put("page_size", Integer.toString(pageSize));
        params.put("dateType", 0);
        params.put("sortType", 1);
        return http.execute(request(shop, ORDER_SEARCH, params));
    }

    /**
     * {@code order_id} is a JSON number: the JOS SDK's {@code PopOrderGetRequest.setOrderId(Long)}. An id that is not
     * a number (JD's never are) is sent as text, for JD to refuse, rather than failing here.
     */
    JsonNode orderDetail(ShopSession shop, String orderId) {
        Map<String, Object> params = new TreeMap<>();
        params.put("order_id", orderId.matches("[0-9]{1,30}") ? new BigInteger(orderId) : orderId);
        params.put("optional_fields", ORDER_FIELDS);
        return http.execute(request(shop, ORDER_GET, params));
    }

    /**
     * {@code 360buy_param_json}: keys sorted (byte order), compact, no spaces. The signer signs the form value and
     * OkHttp sends that same value, so the signed bytes are the sent bytes.
     */
    static String paramJson(Map<String, Object> params) {
        return ChannelHttp.JSON.writeValueAsString(new TreeMap<>(params));
    }

    private Request request(ShopSession shop, String method, Map<String, Object> params) {
        HttpUrl url = shop.credentials().gateway().newBuilder()
                .encodedPath("/routerjson")
                .addQueryParameter("method", method)
                .addQueryParameter("app_key", shop.credentials().appKey())
                .addQueryParameter("access_token", shop.credentials().accessToken())
                .addQueryParameter("v", "2.0")
                .build();
        FormBody body = new FormBody.Builder().add("360buy_param_json", paramJson(params)).build();
        return new Request.Builder().url(url).post(body).tag(ApiCall.class, new ApiCall(shop, method)).build();
    }
}
