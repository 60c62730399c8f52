package io.orderhub.sandbox.pdd;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.generator.OrderIds;
import io.orderhub.sandbox.generator.SimOrder;
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
import java.util.function.IntPredicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * PDD router {@code /api/router}: every parameter form-posted. {@code pdd.order.number.list.increment.get} (window
 * ≤ 30 minutes, oldest {@code updated_at} first, full orders in {@code order_sn_list}) and
 * {@code pdd.order.information.get}. {@code order_status}/{@code refund_status} 5 mean all.
 */
public final class PddGateway implements PlatformGateway {
    private static final String INCREMENT = "pdd.order.number.list.increment.get";
    private static final String DETAIL = "pdd.order.information.get";
    private static final long THIRTY_MINUTES = 1800;

    private final GatewayContext context;

    public PddGateway(GatewayContext context) {
        this.context = context;
    }

    @Override
    public Channel channel() {
        return Channel.PDD;
    }

    @Override
    public String path() {
        return "/api/router";
    }

    @Override
    public GatewayReply handle(SandboxRequest request) {
        String requestId = context.requestId();
        try {
            Map<String, String> params = request.allParameters();
            String clientId = context.required(params, "client_id", Reason.MISSING_APP_KEY);
            ShopCredentials app = context.app(Channel.PDD, clientId);
            String type = context.required(params, "type", Reason.MISSING_METHOD);
            context.checkTimestamp(Instant.ofEpochSecond(
                    number(context.required(params, "timestamp", Reason.MISSING_TIMESTAMP), Reason.INVALID_TIMESTAMP)));
            String sign = context.required(params, "sign", Reason.MISSING_SIGNATURE);
            if (!SignatureDigest.sameSignature(PddSignature.sign(params, app.appSecret()), sign)) {
                throw new ApiRejection(Reason.INVALID_SIGNATURE, "sign");
            }
            int shop = context.shop(Channel.PDD, context.required(params, "access_token", Reason.MISSING_TOKEN));
            if (!type.equals(INCREMENT) && !type.equals(DETAIL)) {
                throw new ApiRejection(Reason.INVALID_METHOD, type);
            }
            context.admit(Channel.PDD, clientId, type);
            ShopOrderBook book = context.catalog().book(Channel.PDD, shop);
            ObjectNode body = type.equals(INCREMENT) ? increment(book, shop, params) : detail(book, shop, params);
            return GatewayReply.ok(body);
        } catch (ApiRejection rejection) {
            context.rejected(rejection);
            return PddErrors.render(rejection, requestId);
        }
    }

    private ObjectNode increment(ShopOrderBook book, int shop, Map<String, String> params) {
        long start = number(context.required(params, "start_updated_at", Reason.MISSING_ARGUMENT),
                Reason.INVALID_ARGUMENT);
        long end = number(context.required(params, "end_updated_at", Reason.MISSING_ARGUMENT),
                Reason.INVALID_ARGUMENT);
        if (end < start || end - start > THIRTY_MINUTES) {
            throw new ApiRejection(Reason.INVALID_ARGUMENT, "start_updated_at/end_updated_at间隔不能超过30分钟");
        }
        int orderStatus = (int) number(context.required(params, "order_status", Reason.MISSING_ARGUMENT),
                Reason.INVALID_ARGUMENT);
        int refundStatus = (int) number(context.required(params, "refund_status", Reason.MISSING_ARGUMENT),
                Reason.INVALID_ARGUMENT);
        int page = (int) bounded(params, "page", 1, 1, Integer.MAX_VALUE);
        int pageSize = (int) bounded(params, "page_size", 100, 1, 100);
        boolean useHasNext = Boolean.parseBoolean(params.get("use_has_next"));
        long now = context.now();
        IntPredicate filter = filter(book, orderStatus, refundStatus, now);
        int offset = (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize);
        WindowPage found = context.pagedWindow().fetch(Channel.PDD, book, TimeAxis.MODIFIED, start, end, false,
                offset, pageSize, now, filter);
        ObjectNode root = SandboxJson.object();
        ObjectNode response = root.putObject("order_sn_increment_get_response");
        response.put("total_count", found.total());
        if (useHasNext) {
            response.put("has_next", (long) offset + pageSize < found.total());
        }
        response.set("order_sn_list", context.orderList(Channel.PDD, shop, book, found.indices(), now, "",
                PddOrderRenderer::order));
        response.put("request_id", context.requestId());
        return root;
    }

    private static IntPredicate filter(ShopOrderBook book, int orderStatus, int refundStatus, long now) {
        if (orderStatus == 5 && refundStatus == 5) {
            return null;
        }
        return index -> {
            SimOrder order = book.order(index, now);
            int refund = PddOrderRenderer.refundStatus(order);
            return (orderStatus == 5 || PddOrderRenderer.status(order) == orderStatus)
                    && (refundStatus == 5 || refund == refundStatus);
        };
    }

    private ObjectNode detail(ShopOrderBook book, int shop, Map<String, String> params) {
        String orderSn = context.required(params, "order_sn", Reason.MISSING_ARGUMENT);
        long now = context.now();
        OrderIds.OrderRef ref = OrderIds.decode(Channel.PDD, orderSn)
                .filter(r -> r.shop() == shop && book.visible(r.index(), now)
                        && book.order(r.index(), now).orderId().equals(orderSn))
                .orElseThrow(() -> new ApiRejection(Reason.NOT_FOUND, "订单不存在: " + orderSn));
        ObjectNode root = SandboxJson.object();
        ObjectNode response = root.putObject("order_info_get_response");
        response.set("order_info", PddOrderRenderer.order(book.order(ref.index(), now)));
        response.put("request_id", context.requestId());
        return root;
    }

    private long bounded(Map<String, String> params, String name, long fallback, long min, long max) {
        String text = params.get(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        long value = number(text, Reason.INVALID_ARGUMENT);
        if (value < min || value > max) {
            throw new ApiRejection(Reason.INVALID_ARGUMENT, name + " 超出范围[" + min + "," + max + "]");
        }
        return value;
    }

    private static long number(String text, Reason reason) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new ApiRejection(reason, text);
        }
    }
}
