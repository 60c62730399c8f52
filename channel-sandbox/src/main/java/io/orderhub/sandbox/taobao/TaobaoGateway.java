package io.orderhub.sandbox.taobao;

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
import java.time.format.DateTimeParseException;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * TOP gateway {@code /router/rest}: system parameters in the query, business parameters in the form body.
 * {@code taobao.trades.sold.increment.get} returns full trades whatever {@code fields} lists (the parameter is
 * required but honoured loosely), newest {@code modified} first; {@code taobao.trade.fullinfo.get} returns one trade.
 */
public final class TaobaoGateway implements PlatformGateway {
    private static final String INCREMENT = "taobao.trades.sold.increment.get";
    private static final String FULLINFO = "taobao.trade.fullinfo.get";
    private static final long ONE_DAY = 86_400;

    private final GatewayContext context;

    public TaobaoGateway(GatewayContext context) {
        this.context = context;
    }

    @Override
    public Channel channel() {
        return Channel.TAOBAO;
    }

    @Override
    public String path() {
        return "/router/rest";
    }

    @Override
    public GatewayReply handle(SandboxRequest request) {
        try {
            Map<String, String> params = request.allParameters();
            String appKey = context.required(params, "app_key", Reason.MISSING_APP_KEY);
            ShopCredentials app = context.app(Channel.TAOBAO, appKey);
            String method = context.required(params, "method", Reason.MISSING_METHOD);
            context.checkTimestamp(timestamp(context.required(params, "timestamp", Reason.MISSING_TIMESTAMP)));
            String sign = context.required(params, "sign", Reason.MISSING_SIGNATURE);
            String expected = TaobaoSignature.sign(params, params.getOrDefault("sign_method", "md5"),
                    app.appSecret());
            if (expected == null || !SignatureDigest.sameSignature(expected, sign)) {
                throw new ApiRejection(Reason.INVALID_SIGNATURE, "sign");
            }
            int shop = context.shop(Channel.TAOBAO, context.required(params, "session", Reason.MISSING_TOKEN));
            if (!method.equals(INCREMENT) && !method.equals(FULLINFO)) {
                throw new ApiRejection(Reason.INVALID_METHOD, method);
            }
            context.admit(Channel.TAOBAO, appKey, method);
            context.required(params, "fields", Reason.MISSING_ARGUMENT);
            ShopOrderBook book = context.catalog().book(Channel.TAOBAO, shop);
            return GatewayReply.ok(method.equals(INCREMENT) ? increment(book, shop, params)
                    : fullinfo(book, shop, params));
        } catch (ApiRejection rejection) {
            context.rejected(rejection);
            return TaobaoErrors.render(rejection, context.requestId());
        }
    }

    private ObjectNode increment(ShopOrderBook book, int shop, Map<String, String> params) {
        long start = time(params, "start_modified");
        long end = time(params, "end_modified");
        if (end < start || end - start > ONE_DAY) {
            throw new ApiRejection(Reason.INVALID_ARGUMENT, "start_modified and end_modified must be within one day");
        }
        int pageNo = number(params, "page_no", 1, 1, Integer.MAX_VALUE);
        int pageSize = number(params, "page_size", 40, 1, 100);
        boolean useHasNext = Boolean.parseBoolean(params.get("use_has_next"));
        long now = context.now();
        int offset = (int) Math.min(Integer.MAX_VALUE, (long) (pageNo - 1) * pageSize);
        WindowPage page = context.pagedWindow().fetch(Channel.TAOBAO, book, TimeAxis.MODIFIED, start, end, true,
                offset, pageSize, now);
        ObjectNode root = SandboxJson.object();
        ObjectNode response = root.putObject("trades_sold_increment_get_response");
        response.put("total_results", page.total());
        if (useHasNext) {
            response.put("has_next", (long) offset + pageSize < page.total());
        }
        if (page.indices().length > 0) {
            response.putObject("trades").set("trade", context.orderList(Channel.TAOBAO, shop, book, page.indices(),
                    now, "", TaobaoTradeRenderer::trade));
        }
        response.put("request_id", context.requestId());
        return root;
    }

    private ObjectNode fullinfo(ShopOrderBook book, int shop, Map<String, String> params) {
        String tid = context.required(params, "tid", Reason.MISSING_ARGUMENT);
        long now = context.now();
        OrderIds.OrderRef ref = OrderIds.decode(Channel.TAOBAO, tid)
                .filter(r -> r.shop() == shop && book.visible(r.index(), now))
                .orElseThrow(() -> new ApiRejection(Reason.NOT_FOUND, "交易不存在: " + tid));
        ObjectNode root = SandboxJson.object();
        ObjectNode response = root.putObject("trade_fullinfo_get_response");
        response.set("trade", TaobaoTradeRenderer.trade(book.order(ref.index(), now)));
        response.put("request_id", context.requestId());
        return root;
    }

    /** TOP accepts {@code yyyy-MM-dd HH:mm:ss} (GMT+8) and, from the Python SDK, epoch milliseconds. */
    private static Instant timestamp(String text) {
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochMilli(Long.parseLong(text));
            }
            return Instant.ofEpochSecond(SimTime.parse(text));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ApiRejection(Reason.INVALID_TIMESTAMP, text);
        }
    }

    private long time(Map<String, String> params, String name) {
        String text = context.required(params, name, Reason.MISSING_ARGUMENT);
        try {
            return SimTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiRejection(Reason.INVALID_ARGUMENT, name);
        }
    }

    static int number(Map<String, String> params, String name, int fallback, int min, int max) {
        String text = params.get(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new ApiRejection(Reason.INVALID_ARGUMENT, name + " must be in [" + min + ", " + max + "]");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ApiRejection(Reason.INVALID_ARGUMENT, name);
        }
    }
}
