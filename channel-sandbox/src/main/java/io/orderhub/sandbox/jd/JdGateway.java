package io.orderhub.sandbox.jd;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.generator.OrderIds;
import io.orderhub.sandbox.generator.ShopOrderBook;
import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.generator.TimeAxis;
import io.orderhub.sandbox.generator.WindowPage;
import io.orderhub.sandbox.http.ApiRejection;
import io.orderhub.sandbox.http.GatewayContext;
import io.orderhub.sandbox.http.GatewayReply;
import io.orderhub.sandbox.http.PlatformGateway;
import io.orderhub.sandbox.http.Reason;
import io.orderhub.sandbox.http.SandboxJson;
import io.orderhub.sandbox.http.SandboxRequest;
import io.orderhub.sandbox.http.SignatureDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JOS router {@code /routerjson}, methods {@code jingdong.pop.order.search} and {@code jingdong.pop.order.get}
 * ({@code order_id}, {@code optional_fields}; same signature rules). Business-parameter problems come back
 * inside a normal response with {@code apiResult.success=false}, as JD does; gateway problems as error_response.
 */
public final class JdGateway implements PlatformGateway {
    private static final String SEARCH = "jingdong.pop.order.search";
    private static final String GET = "jingdong.pop.order.get";
    private static final long ONE_MONTH = 31L * 86_400;
    private static final Set<String> ALL_STATES = Set.of("WAIT_SELLER_STOCK_OUT", "WAIT_GOODS_RECEIVE_CONFIRM",
            "WAIT_SELLER_DELIVERY", "PAUSE", "FINISHED_L", "TRADE_CANCELED", "LOCKED", "POP_ORDER_PAUSE");
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSZ");

    private final GatewayContext context;

    public JdGateway(GatewayContext context) {
        this.context = context;
    }

    @Override
    public Channel channel() {
        return Channel.JD;
    }

    @Override
    public String path() {
        return "/routerjson";
    }

    @Override
    public GatewayReply handle(SandboxRequest request) {
        try {
            Map<String, String> params = request.allParameters();
            String appKey = context.required(params, "app_key", Reason.MISSING_APP_KEY);
            ShopCredentials app = context.app(Channel.JD, appKey);
            String method = context.required(params, "method", Reason.MISSING_METHOD);
            context.checkTimestamp(timestamp(context.required(params, "timestamp", Reason.MISSING_TIMESTAMP)));
            String sign = context.required(params, "sign", Reason.MISSING_SIGNATURE);
            String expected = JdSignature.sign(params, app.appSecret());
            if (expected == null || !SignatureDigest.sameSignature(expected, sign)) {
                throw new ApiRejection(Reason.INVALID_SIGNATURE, "sign");
            }
            int shop = context.shop(Channel.JD, context.required(params, "access_token", Reason.MISSING_TOKEN));
            if (!method.equals(SEARCH) && !method.equals(GET)) {
                throw new ApiRejection(Reason.INVALID_METHOD, method);
            }
            context.admit(Channel.JD, appKey, method);
            ShopOrderBook book = context.catalog().book(Channel.JD, shop);
            String paramJson = params.getOrDefault("360buy_param_json", "{}");
            return GatewayReply.ok(method.equals(SEARCH) ? search(book, shop, paramJson)
                    : detail(book, shop, paramJson));
        } catch (ApiRejection rejection) {
            context.rejected(rejection);
            return JdErrors.render(rejection);
        }
    }

    private ObjectNode search(ShopOrderBook book, int shop, String paramJson) {
        ObjectNode root = SandboxJson.object();
        ObjectNode response = root.putObject("jingdong_pop_order_search_responce");
        response.put("code", "0");
        ObjectNode result = response.putObject("searchorderinfo_result");
        ObjectNode apiResult = result.putObject("apiResult");
        try {
            JsonNode p = SandboxJson.MAPPER.readTree(paramJson);
            long start = date(p, "start_date");
            long end = date(p, "end_date");
            if (end < start || end - start > ONE_MONTH) {
                throw new IllegalArgumentException("查询时间跨度不能超过一个月");
            }
            Set<String> states = states(text(p, "order_state"));
            Set<String> fields = new LinkedHashSet<>(Arrays.asList(text(p, "optional_fields").split(",")));
            int page = integer(p, "page", 1, 1, Integer.MAX_VALUE);
            int pageSize = integer(p, "page_size", 20, 1, 100);
            TimeAxis axis = p.path("dateType").asInt(0) == 1 ? TimeAxis.CREATED : TimeAxis.MODIFIED;
            boolean descending = p.path("sortType").asInt(0) == 1;
            long now = context.now();
            IntPredicate filter = states.containsAll(ALL_STATES) ? null
                    : index -> states.contains(JdOrderRenderer.state(book.order(index, now)));
            WindowPage found = context.pagedWindow().fetch(Channel.JD, book, axis, start, end, descending,
                    (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize), pageSize, now, filter);
            apiResult.put("success", true).put("englishErrCode", "success").put("chineseErrCode", "成功")
                    .put("numberCode", 0);
            result.put("orderTotal", found.total());
            result.set("orderInfoList", context.orderList(Channel.JD, shop, book, found.indices(), now,
                    String.join(",", fields), order -> JdOrderRenderer.order(order, fields)));
        } catch (IllegalArgumentException | DateTimeParseException | JacksonException e) {
            context.stats().increment("rejected.JD_BUSINESS_PARAMETER");
            apiResult.put("success", false).put("englishErrCode", "invalid parameter")
                    .put("chineseErrCode", e.getMessage()).put("numberCode", 1000);
            result.put("orderTotal", 0);
            result.putArray("orderInfoList");
        }
        return root;
    }

    /**
     * {@code jingdong_pop_order_get_responce.orderDetailInfo{apiResult, orderInfo}}; an order the shop does not have
     * (or not yet visible) is {@code apiResult.success=false} without {@code orderInfo}, like a bad parameter.
     */
    private ObjectNode detail(ShopOrderBook book, int shop, String paramJson) {
        ObjectNode root = SandboxJson.object();
        ObjectNode response = root.putObject("jingdong_pop_order_get_responce");
        response.put("code", "0");
        ObjectNode info = response.putObject("orderDetailInfo");
        ObjectNode apiResult = info.putObject("apiResult");
        try {
            JsonNode p = SandboxJson.MAPPER.readTree(paramJson);
            String orderId = text(p, "order_id");
            Set<String> fields = new LinkedHashSet<>(Arrays.asList(text(p, "optional_fields").split(",")));
            long now = context.now();
            OrderIds.OrderRef ref = OrderIds.decode(Channel.JD, orderId)
                    .filter(r -> r.shop() == shop && book.visible(r.index(), now))
                    .orElseThrow(() -> new IllegalArgumentException("订单不存在: " + orderId));
            apiResult.put("success", true).put("englishErrCode", "success").put("chineseErrCode", "成功")
                    .put("numberCode", 0);
            info.set("orderInfo", JdOrderRenderer.order(book.order(ref.index(), now), fields));
            context.stats().increment("orders.served");
        } catch (IllegalArgumentException | JacksonException e) {
            context.stats().increment("rejected.JD_BUSINESS_PARAMETER");
            apiResult.put("success", false).put("englishErrCode", "invalid parameter")
                    .put("chineseErrCode", e.getMessage()).put("numberCode", 1000);
        }
        return root;
    }

    private static Set<String> states(String commaList) {
        Set<String> states = new LinkedHashSet<>(Arrays.asList(commaList.split(",")));
        if (!ALL_STATES.containsAll(states)) {
            throw new IllegalArgumentException("order_state 参数错误: " + commaList);
        }
        return states;
    }

    private static String text(JsonNode p, String name) {
        JsonNode node = p.get(name);
        if (node == null || node.isNull() || node.asString().isEmpty()) {
            throw new IllegalArgumentException(name + " 不能为空");
        }
        return node.asString();
    }

    private static long date(JsonNode p, String name) {
        return SimTime.parse(text(p, name));
    }

    private static int integer(JsonNode p, String name, int fallback, int min, int max) {
        JsonNode node = p.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(node.asString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " 必须为数字");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " 超出范围[" + min + "," + max + "]");
        }
        return value;
    }

    /** JD SDKs send {@code yyyy-MM-dd HH:mm:ss} or {@code yyyy-MM-dd HH:mm:ss.SSS+0800}, both GMT+8. */
    private static Instant timestamp(String text) {
        try {
            if (text.length() > 19) {
                return OffsetDateTime.parse(text, ZONED).toInstant();
            }
            return LocalDateTime.parse(text, SimTime.TEXT).toInstant(SimTime.CHINA);
        } catch (DateTimeParseException e) {
            throw new ApiRejection(Reason.INVALID_TIMESTAMP, text);
        }
    }
}
