package io.orderhub.sandbox.taobao;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.generator.OrderCatalog;
import io.orderhub.sandbox.generator.ShopOrderBook;
import io.orderhub.sandbox.generator.OrderIds;
import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.http.SandboxJson;
import io.orderhub.sandbox.push.FormEncoding;
import io.orderhub.sandbox.push.MessageComposer;
import io.orderhub.sandbox.push.MessageTarget;
import io.orderhub.sandbox.push.OrderEvent;
import io.orderhub.sandbox.push.OutboundMessage;
import io.orderhub.sandbox.push.WireRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * Taobao-style order push (docs/callbacks.md): form params {@code app_key, topic, message_id, timestamp, sign_method,
 * content, sign}; {@code content} = {@code {"trade":{…}}} with the trade exactly as {@code taobao.trade.fullinfo.get}
 * renders it at the event's simulated instant. Signed with the TOP rule: {@code md5} before the configured switch
 * instant (wall clock at sending), {@code hmac-sha256} from then on — the seed outage.
 */
public final class TaobaoPushComposer implements MessageComposer {
    public static final String MD5 = "md5";
    public static final String HMAC_SHA256 = "hmac-sha256";

    private final OrderCatalog catalog;
    private final Supplier<HttpUrl> callbackBase;
    private final Supplier<Instant> signatureSwitchAt;

    public TaobaoPushComposer(OrderCatalog catalog, Supplier<HttpUrl> callbackBase,
                              Supplier<Instant> signatureSwitchAt) {
        this.catalog = catalog;
        this.callbackBase = callbackBase;
        this.signatureSwitchAt = signatureSwitchAt;
    }

    /**
     * The message of one event; {@code seq} tells repeated events of one kind apart (memo changes). The id is the
     * tid followed by the event number and {@code seq}: stable, so replaying the same events finds the same ids.
     */
    public OutboundMessage message(int shop, int index, OrderEvent event, long at, int seq) {
        ShopOrderBook book = catalog.book(Channel.TAOBAO, shop);
        String tid = OrderIds.orderId(Channel.TAOBAO, shop, index, book.timeline(index).createdAt());
        String messageId = tid + String.format("%02d%03d", event.ordinal(), seq);
        return new OutboundMessage(messageId, MessageTarget.TAOBAO, Channel.TAOBAO, book.shopId(), null, tid,
                event.topic(), at, this, () -> content(book, index, at));
    }

    private static String content(ShopOrderBook book, int index, long at) {
        var content = SandboxJson.object();
        content.set("trade", TaobaoTradeRenderer.trade(book.orderAsOf(index, at)));
        return SandboxJson.write(content);
    }

    @Override
    public WireRequest compose(OutboundMessage message, Instant sentAt) {
        ShopCredentials app = catalog.shops(Channel.TAOBAO).stream()
                .filter(s -> s.shopId().equals(message.shopId())).findFirst().orElseThrow();
        Instant switchAt = signatureSwitchAt.get();
        String signMethod = switchAt != null && !sentAt.isBefore(switchAt) ? HMAC_SHA256 : MD5;
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_key", app.appKey());
        params.put("topic", message.label());
        params.put("message_id", message.messageId());
        params.put("timestamp", SimTime.text(sentAt.getEpochSecond()));
        params.put("sign_method", signMethod);
        params.put("content", message.content());
        params.put("sign", TaobaoSignature.sign(params, signMethod, app.appSecret()));
        HttpUrl url = callbackBase.get().newBuilder().addPathSegments("callbacks/taobao")
                .addPathSegment(message.shopId()).build();
        return new WireRequest(url, Map.of(), FormEncoding.CONTENT_TYPE, FormEncoding.encode(params), signMethod);
    }

    /** The receiver answers HTTP 200 {@code {"success":true}}; any 2xx counts, anything else is retried. */
    @Override
    public boolean acknowledges(int httpStatus, String responseBody) {
        return httpStatus >= 200 && httpStatus < 300;
    }
}
