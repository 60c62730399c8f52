package io.orderhub.sandbox.douyin;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.generator.OrderIds;
import io.orderhub.sandbox.generator.ShopOrderBook;
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
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 抖店 {@code POST /<method with . as />}: common parameters in the query, {@code param_json} as the raw body (the
 * signature covers those exact bytes). One instance per method, at the method's path: {@code order.searchList}
 * (pages from 0; at most 50,000 orders reachable per query; default order newest first, {@code order_asc=false})
 * and {@code order.orderDetail} ({@code shop_order_id} → {@code data.shop_order_detail}, the same order fields as
 * a list item: the SDK's {@code order_orderDetail.data.ShopOrderDetail}).
 */
public final class DouyinGateway implements PlatformGateway {
    public static final String SEARCH_LIST = "order.searchList";
    public static final String ORDER_DETAIL = "order.orderDetail";
    private static final int MAX_REACHABLE = 50_000;

    private final GatewayContext context;
    private final String method;

    public DouyinGateway(GatewayContext context, String method) {
        if (!method.equals(SEARCH_LIST) && !method.equals(ORDER_DETAIL)) {
            throw new IllegalArgumentException("method must be " + SEARCH_LIST + " or " + ORDER_DETAIL + ": " + method);
        }
        this.context = context;
        this.method = method;
    }

    @Override
    public Channel channel() {
        return Channel.DOUYIN;
    }

    @Override
    public String path() {
        return "/" + method.replace('.', '/');
    }

    @Override
    public GatewayReply handle(SandboxRequest request) {
        String logId = context.requestId();
        try {
            Map<String, String> q = request.query();
            String appKey = context.required(q, "app_key", Reason.MISSING_APP_KEY);
            ShopCredentials app = context.app(Channel.DOUYIN, appKey);
            String called = context.required(q, "method", Reason.MISSING_METHOD);
            String timestamp = context.required(q, "timestamp", Reason.MISSING_TIMESTAMP);
            context.checkTimestamp(epochSeconds(timestamp));
            String sign = context.required(q, "sign", Reason.MISSING_SIGNATURE);
            String paramJson = request.bodyText();
            String expected = DouyinSignature.sign(appKey, called, paramJson, timestamp, q.getOrDefault("v", ""),
                    q.getOrDefault("sign_method", "md5"), app.appSecret());
            if (expected == null || !SignatureDigest.sameSignature(expected, sign)) {
                throw new ApiRejection(Reason.INVALID_SIGNATURE, "sign");
            }
            int shop = context.shop(Channel.DOUYIN, context.required(q, "access_token", Reason.MISSING_TOKEN));
            if (!called.equals(method)) { // the path names the method too; 抖店 refuses a method sent to another path
                throw new ApiRejection(Reason.INVALID_METHOD, called);
            }
            context.admit(Channel.DOUYIN, appKey, method);
            ShopOrderBook book = context.catalog().book(Channel.DOUYIN, shop);
            return GatewayReply.ok(method.equals(SEARCH_LIST) ? search(book, shop, paramJson, logId)
                    : detail(book, shop, paramJson, logId));
        } catch (ApiRejection rejection) {
            context.rejected(rejection);
            return DouyinErrors.render(rejection, logId);
        }
    }

    private ObjectNode detail(ShopOrderBook book, int shop, String paramJson, String logId) {
        JsonNode id = params(paramJson).get("shop_order_id");
        if (id == null || !id.isString() || id.asString().isEmpty()) {
            throw new ApiRejection(Reason.MISSING_ARGUMENT, "shop_order_id");
        }
        long now = context.now();
        OrderIds.OrderRef ref = OrderIds.decode(Channel.DOUYIN, id.asString())
                .filter(r -> r.shop() == shop && book.visible(r.index(), now))
                .orElseThrow(() -> new ApiRejection(Reason.NOT_FOUND, "shop_order_id"));
        ObjectNode root = success(logId);
        root.putObject("data").set("shop_order_detail", DouyinOrderRenderer.order(book.order(ref.index(), now)));
        context.stats().increment("orders.served");
        return root;
    }

    private static ObjectNode success(String logId) {
        ObjectNode root = SandboxJson.object();
        root.put("code", 10000);
        root.put("msg", "success");
        root.put("sub_code", "");
        root.put("sub_msg", "");
        root.put("log_id", logId);
        return root;
    }

    private static JsonNode params(String paramJson) {
        try {
            return SandboxJson.MAPPER.readTree(paramJson.isEmpty() ? "{}" : paramJson);
        } catch (JacksonException e) {
            throw new ApiRejection(Reason.INVALID_ARGUMENT, "param_json");
        }
    }

    private ObjectNode search(ShopOrderBook book, int shop, String paramJson, String logId) {
        JsonNode p = params(paramJson);
        TimeAxis axis;
        long from;
        long to;
        if (p.has("update_time_start") || p.has("update_time_end")) {
            axis = TimeAxis.MODIFIED;
            from = seconds(p, "update_time_start");
            to = seconds(p, "update_time_end");
        } else {
            axis = TimeAxis.CREATED;
            from = seconds(p, "create_time_start");
            to = seconds(p, "create_time_end");
        }
        int page = integer(p, "page", 0, Integer.MAX_VALUE);
        int size = integer(p, "size", 1, 100);
        if ((long) (page + 1) * size > MAX_REACHABLE) {
            throw new ApiRejection(Reason.INVALID_ARGUMENT, "page*size不能超过" + MAX_REACHABLE);
        }
        // Without order_by the sandbox sorts on the filtered time. The index sorts on one time only, so sorting on
        // the other one (update window ordered by create_time) is refused rather than served in a wrong order.
        String orderBy = p.path("order_by").asString(axis == TimeAxis.MODIFIED ? "update_time" : "create_time");
        TimeAxis sortAxis = orderBy.equals("update_time") ? TimeAxis.MODIFIED : TimeAxis.CREATED;
        if (sortAxis != axis) {
            throw new ApiRejection(Reason.INVALID_ARGUMENT, "order_by");
        }
        boolean ascending = p.path("order_asc").asBoolean(false);
        long now = context.now();
        WindowPage found = context.pagedWindow().fetch(Channel.DOUYIN, book, axis, from, to, !ascending,
                page * size, size, now);
        ObjectNode root = success(logId);
        ObjectNode data = root.putObject("data");
        data.put("page", page);
        data.put("size", size);
        data.put("total", found.total());
        data.set("shop_order_list", context.orderList(Channel.DOUYIN, shop, book, found.indices(), now, "",
                DouyinOrderRenderer::order));
        return root;
    }

    private static long seconds(JsonNode p, String name) {
        JsonNode node = p.get(name);
        if (node == null || !node.canConvertToLong()) {
            throw new ApiRejection(Reason.MISSING_ARGUMENT, name);
        }
        return node.asLong();
    }

    private static int integer(JsonNode p, String name, int min, int max) {
        JsonNode node = p.get(name);
        if (node == null || !node.isIntegralNumber()) {
            throw new ApiRejection(Reason.MISSING_ARGUMENT, name);
        }
        int value = node.asInt();
        if (value < min || value > max) {
            throw new ApiRejection(Reason.INVALID_ARGUMENT, name);
        }
        return value;
    }

    private static Instant epochSeconds(String text) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new ApiRejection(Reason.INVALID_TIMESTAMP, text);
        }
    }
}
