package io.orderhub.sandbox;

import io.orderhub.sandbox.generator.OrderCatalog;
import io.orderhub.sandbox.generator.OrderTimeline;
import io.orderhub.sandbox.generator.Seeds;
import io.orderhub.sandbox.generator.ShopOrderBook;
import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.http.SandboxJson;
import io.orderhub.sandbox.payment.AlipayNotices;
import io.orderhub.sandbox.payment.ForgedNotice;
import io.orderhub.sandbox.payment.Forgery;
import io.orderhub.sandbox.payment.PaymentGateway;
import io.orderhub.sandbox.payment.PaymentGatewaySpec;
import io.orderhub.sandbox.payment.PaymentKind;
import io.orderhub.sandbox.payment.PaymentTrades;
import io.orderhub.sandbox.payment.WechatPayNotices;
import io.orderhub.sandbox.push.CallbackDelivery;
import io.orderhub.sandbox.push.OrderEvent;
import io.orderhub.sandbox.push.OutboundMessage;
import io.orderhub.sandbox.push.PushSettings;
import io.orderhub.sandbox.push.WireRequest;
import io.orderhub.sandbox.taobao.TaobaoPushComposer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * Push / callback mode: turns order lifecycle events into Taobao-style pushes (every Taobao shop) and payment
 * notifies (orders of the configured gateway shops), and hands them to {@link CallbackDelivery}. Events are taken
 * from the simulated clock: {@link #start(Instant)} can replay the events since an instant, then every
 * {@code advance} emits the events of the new interval (and a touch of a Taobao order a memo message) — from the
 * first start on, also while delivery is paused. Burst orders are not pushed.
 */
public final class CallbackPush implements AutoCloseable {
    private final OrderCatalog catalog;
    private final long seed;
    private final Clock wallClock;
    private final Map<String, PaymentGateway> gateways = new LinkedHashMap<>();
    private final PaymentTrades trades;
    private final CallbackDelivery delivery;
    private final TaobaoPushComposer taobao;
    private final AlipayNotices alipay;
    private final WechatPayNotices wechat;
    private boolean armed;

    CallbackPush(OrderCatalog catalog, long seed, Clock wallClock, PushSettings settings,
                 List<PaymentGatewaySpec> gatewaySpecs, Supplier<Instant> signatureSwitchAt) {
        this.catalog = catalog;
        this.seed = seed;
        this.wallClock = wallClock;
        for (PaymentGatewaySpec spec : gatewaySpecs) {
            int shop = catalog.shopIndex(spec.channel(), spec.shopId()).orElseThrow(() -> new IllegalArgumentException(
                    "paymentGateway " + spec.gateway() + ": no " + spec.channel() + " shop " + spec.shopId()));
            if (gateways.putIfAbsent(spec.gateway(), new PaymentGateway(spec, shop, seed)) != null) {
                throw new IllegalArgumentException("paymentGateway " + spec.gateway() + " is configured twice");
            }
        }
        this.trades = new PaymentTrades(catalog);
        this.delivery = new CallbackDelivery(settings, wallClock, seed);
        this.taobao = new TaobaoPushComposer(catalog, this::callbackBase, signatureSwitchAt);
        this.alipay = new AlipayNotices(trades, this::callbackBase, this::gateway);
        this.wechat = new WechatPayNotices(trades, this::callbackBase, this::gateway);
    }

    public PaymentTrades trades() {
        return trades;
    }

    public Collection<PaymentGateway> gateways() {
        return gateways.values();
    }

    public PaymentGateway gateway(String name) {
        PaymentGateway gateway = gateways.get(name);
        if (gateway == null) {
            throw new IllegalArgumentException("no payment gateway " + name);
        }
        return gateway;
    }

    public PushSettings settings() {
        return delivery.settings();
    }

    public void settings(PushSettings settings) {
        delivery.settings(settings);
    }

    /**
     * Starts (or resumes) delivery. From the first start on, lifecycle events are turned into messages; with
     * {@code since} non-null the events in {@code [since, now]} are emitted first (ids already emitted are skipped).
     */
    public void start(Instant since) {
        callbackBase();
        synchronized (this) {
            armed = true;
            if (since != null) {
                emit(since.getEpochSecond() - 1, catalog.now());
            }
        }
        delivery.start();
    }

    public void stop() {
        delivery.stop();
    }

    /** Called after the simulated clock moved from {@code from} to {@code to}: emits events in {@code (from, to]}. */
    synchronized void advanced(long from, long to) {
        if (armed && to > from) {
            emit(from, to);
        }
    }

    /** A touched Taobao order (seller memo) gets a {@code taobao_trade_TradeMemoModified} message. */
    synchronized void touched(Channel channel, int shop, int index, long at, int touchNumber) {
        if (armed && channel == Channel.TAOBAO) {
            delivery.submit(taobao.message(shop, index, OrderEvent.MEMO_MODIFIED, at, touchNumber));
        }
    }

    public Map<String, Object> stats() {
        return delivery.stats();
    }

    public List<OutboundMessage> messages() {
        return delivery.messages();
    }

    /**
     * Sends one forged notice about {@code orderId} (any visible order of the gateway's shop) right away, once, no
     * retry; the answer is returned. REPLAYED resends the genuine notice last sent for the order byte for byte
     * (sending the genuine one first if it never went out).
     */
    public ForgedNotice forge(String gatewayName, String orderId, Forgery forgery) {
        PaymentGateway gateway = gateway(gatewayName);
        SimOrder order = trades.find(gateway, orderId).orElseThrow(() -> new IllegalArgumentException(
                "no visible order " + orderId + " in shop " + gateway.shopId()));
        WireRequest wire;
        if (forgery == Forgery.REPLAYED) {
            String id = PaymentTrades.noticeId(gateway, orderId);
            wire = delivery.message(id).map(OutboundMessage::lastWire).orElse(null);
            if (wire == null) {
                long paidAt = order.paid() ? order.at(order.timeline().paidAt()) : order.now();
                wire = gateway.kind() == PaymentKind.ALIPAY
                        ? alipay.compose(alipay.message(gateway, order.index(), paidAt), wallClock.instant())
                        : wechat.compose(wechat.message(gateway, order.index(), paidAt), wallClock.instant());
                delivery.sendOnce(wire);
            }
        } else {
            wire = gateway.kind() == PaymentKind.ALIPAY ? alipay.forge(gateway, order, forgery, wallClock.instant())
                    : wechat.forge(gateway, order, forgery, wallClock.instant());
        }
        CallbackDelivery.Answer answer = delivery.sendOnce(wire);
        return new ForgedNotice(forgery, gatewayName, orderId, noticeId(gateway, wire), answer.httpStatus(),
                answer.body());
    }

    @Override
    public void close() {
        delivery.close();
    }

    private HttpUrl callbackBase() {
        String base = delivery.settings().callbackBaseUrl();
        if (base == null || base.isEmpty()) {
            throw new IllegalStateException("push mode needs callbackBaseUrl (--callback-url)");
        }
        HttpUrl url = HttpUrl.parse(base);
        if (url == null) {
            throw new IllegalArgumentException("callbackBaseUrl is not an http(s) URL: " + base);
        }
        return url;
    }

    private record Emission(long at, int shop, int index, int kind, boolean suppress,
                            Supplier<OutboundMessage> message) {
    }

    private void emit(long from, long to) {
        List<Emission> emissions = new ArrayList<>();
        for (int shop = 0; shop < catalog.shops(Channel.TAOBAO).size(); shop++) {
            ShopOrderBook book = catalog.book(Channel.TAOBAO, shop);
            for (int index = 0; index < book.orderCount(); index++) {
                OrderTimeline timeline = book.timeline(index);
                for (OrderEvent event : OrderEvent.values()) {
                    long at = event.at(timeline);
                    if (at > from && at <= to) {
                        int s = shop;
                        int i = index;
                        emissions.add(new Emission(at, shop, index, event.ordinal(), false,
                                () -> taobao.message(s, i, event, at, 0)));
                    }
                }
            }
        }
        double missing = delivery.settings().missingNotifyRate();
        for (PaymentGateway gateway : gateways.values()) {
            ShopOrderBook book = catalog.book(gateway.channel(), gateway.shopIndex());
            for (int index = 0; index < book.orderCount(); index++) {
                long paidAt = book.timeline(index).paidAt();
                if (paidAt > from && paidAt <= to) {
                    int i = index;
                    boolean suppress = suppressed(gateway, trades.orderId(gateway, index), missing);
                    emissions.add(new Emission(paidAt, gateway.shopIndex(), index, 100, suppress,
                            () -> gateway.kind() == PaymentKind.ALIPAY ? alipay.message(gateway, i, paidAt)
                                    : wechat.message(gateway, i, paidAt)));
                }
            }
        }
        emissions.sort(Comparator.comparingLong(Emission::at).thenComparingInt(Emission::shop)
                .thenComparingInt(Emission::index).thenComparingInt(Emission::kind));
        for (Emission emission : emissions) {
            OutboundMessage message = emission.message().get();
            if (emission.suppress()) {
                delivery.suppress(message);
            } else {
                delivery.submit(message);
            }
        }
    }

    /** Stable per (seed, gateway, order): the same orders miss their notify in every run with this seed. */
    private boolean suppressed(PaymentGateway gateway, String orderId, double rate) {
        if (rate <= 0) {
            return false;
        }
        return Seeds.unit(seed, gateway.name().hashCode(), orderId.hashCode(), 7) < rate;
    }

    private static String noticeId(PaymentGateway gateway, WireRequest wire) {
        String body = wire.bodyText();
        if (gateway.kind() == PaymentKind.WECHATPAY) {
            return SandboxJson.MAPPER.readTree(body).path("id").asString("");
        }
        for (String pair : body.split("&")) {
            if (pair.startsWith("notify_id=")) {
                return URLDecoder.decode(pair.substring("notify_id=".length()), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
