package io.orderhub.sandbox.payment;

import io.orderhub.sandbox.generator.Money;
import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.http.SandboxJson;
import io.orderhub.sandbox.push.FormEncoding;
import io.orderhub.sandbox.push.MessageComposer;
import io.orderhub.sandbox.push.MessageTarget;
import io.orderhub.sandbox.push.OutboundMessage;
import io.orderhub.sandbox.push.WireRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import tools.jackson.core.type.TypeReference;

/**
 * Alipay async notify ({@code trade_status_sync}) to {@code {base}/payments/alipay/{gateway}}: form-encoded, RSA2 =
 * SHA256withRSA with Alipay's private key over {@code k1=v1&k2=v2…} of all params except {@code sign} and
 * {@code sign_type}, sorted by name, raw values, empty values skipped; Base64. Acknowledged only by the plain-text
 * answer {@code success}. {@code notify_id} is fixed per message; {@code notify_time} is the sending time of each
 * attempt (so each retry is signed anew).
 */
public final class AlipayNotices implements MessageComposer {
    public static final String ALGORITHM = "RSA2";

    private final PaymentTrades trades;
    private final Supplier<HttpUrl> callbackBase;
    private final Function<String, PaymentGateway> gateways;
    private volatile KeyPair attackerKeys;

    public AlipayNotices(PaymentTrades trades, Supplier<HttpUrl> callbackBase,
                         Function<String, PaymentGateway> gateways) {
        this.trades = trades;
        this.callbackBase = callbackBase;
        this.gateways = gateways;
    }

    /** The TRADE_SUCCESS notify of an order paid at {@code paidAt}. */
    public OutboundMessage message(PaymentGateway gateway, int index, long paidAt) {
        String orderId = trades.orderId(gateway, index);
        String notifyId = notifyId(gateway, orderId);
        return new OutboundMessage(notifyId, MessageTarget.ALIPAY, gateway.channel(), gateway.shopId(),
                gateway.name(), orderId, "TRADE_SUCCESS", paidAt, this, () -> {
                    SimOrder order = trades.orderAt(gateway, index, paidAt);
                    return SandboxJson.write(fixedParams(gateway, order, notifyId, order.paidFen(), paidAt));
                });
    }

    static String notifyId(PaymentGateway gateway, String orderId) {
        return UUID.nameUUIDFromBytes(("alipay:" + gateway.name() + ":" + orderId).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
    }

    @Override
    public WireRequest compose(OutboundMessage message, Instant sentAt) {
        PaymentGateway gateway = gateways.apply(message.gateway());
        Map<String, String> params = SandboxJson.MAPPER.readValue(message.content(), new TypeReference<>() {
        });
        return wire(gateway, sign(gateway, withTime(params, sentAt), gateway.gatewayPrivateKey()), ALGORITHM);
    }

    /** The receiver must answer the plain text {@code success}; anything else is retried. */
    @Override
    public boolean acknowledges(int httpStatus, String responseBody) {
        return httpStatus >= 200 && httpStatus < 300 && responseBody != null && responseBody.trim().equals("success");
    }

    /** A forged notice about {@code order} (any visible order: an unpaid one is the classic forged payment). */
    public WireRequest forge(PaymentGateway gateway, SimOrder order, Forgery forgery, Instant sentAt) {
        String notifyId = UUID.randomUUID().toString().replace("-", "");
        long paidAt = order.paid() ? order.at(order.timeline().paidAt()) : order.now();
        long amount = forgery == Forgery.AMOUNT_CHANGED ? 1 : order.paidFen();
        Instant notifyTime = forgery == Forgery.STALE_TIMESTAMP ? sentAt.minus(Duration.ofHours(1)) : sentAt;
        Map<String, String> params = withTime(fixedParams(gateway, order, notifyId, amount, paidAt), notifyTime);
        return switch (forgery) {
            case BAD_SIGNATURE -> wire(gateway, sign(gateway, params, attacker().getPrivate()), ALGORITHM);
            case UNSIGNED -> wire(gateway, params, "none");
            case TAMPERED_AMOUNT -> {
                Map<String, String> signed = sign(gateway, params, gateway.gatewayPrivateKey());
                for (String name : new String[] {"total_amount", "receipt_amount", "invoice_amount", "buyer_pay_amount"}) {
                    signed.put(name, "0.01");
                }
                yield wire(gateway, signed, ALGORITHM);
            }
            case STALE_TIMESTAMP, AMOUNT_CHANGED -> wire(gateway, sign(gateway, params, gateway.gatewayPrivateKey()),
                    ALGORITHM);
            case REPLAYED -> throw new IllegalArgumentException("a replay resends a sent notice");
        };
    }

    /** {@code k1=v1&k2=v2…} over the params except sign and sign_type, sorted, empty values skipped. */
    static String signingContent(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sign") && !name.equals("sign_type") && value != null && !value.isEmpty()) {
                text.append(text.isEmpty() ? "" : "&").append(name).append('=').append(value);
            }
        });
        return text.toString();
    }

    private KeyPair attacker() {
        if (attackerKeys == null) {
            attackerKeys = RsaKeys.generate();
        }
        return attackerKeys;
    }

    private static Map<String, String> fixedParams(PaymentGateway gateway, SimOrder order, String notifyId,
                                                   long amountFen, long paidAt) {
        String amount = Money.yuanText(amountFen);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("notify_type", "trade_status_sync");
        p.put("notify_id", notifyId);
        p.put("app_id", gateway.appId());
        p.put("charset", "utf-8");
        p.put("version", "1.0");
        p.put("sign_type", ALGORITHM);
        p.put("trade_no", PaymentTrades.alipayTradeNo(order));
        p.put("out_trade_no", order.orderId());
        p.put("trade_status", "TRADE_SUCCESS");
        p.put("total_amount", amount);
        p.put("receipt_amount", amount);
        p.put("invoice_amount", amount);
        p.put("buyer_pay_amount", amount);
        p.put("point_amount", "0.00");
        p.put("gmt_create", SimTime.text(order.timeline().createdAt()));
        p.put("gmt_payment", SimTime.text(paidAt));
        p.put("seller_id", gateway.merchantId());
        p.put("buyer_id", PaymentTrades.alipayBuyerId(order));
        p.put("subject", "订单 " + order.orderId());
        return p;
    }

    private static Map<String, String> withTime(Map<String, String> fixed, Instant notifyTime) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("notify_time", SimTime.text(notifyTime.getEpochSecond()));
        params.putAll(fixed);
        return params;
    }

    private static Map<String, String> sign(PaymentGateway gateway, Map<String, String> params,
                                            java.security.PrivateKey key) {
        Map<String, String> signed = new LinkedHashMap<>(params);
        signed.put("sign", RsaKeys.sign(key, signingContent(params)));
        return signed;
    }

    private WireRequest wire(PaymentGateway gateway, Map<String, String> params, String algorithm) {
        HttpUrl url = callbackBase.get().newBuilder().addPathSegments("payments/alipay")
                .addPathSegment(gateway.name()).build();
        return new WireRequest(url, Map.of(), "application/x-www-form-urlencoded; charset=utf-8",
                FormEncoding.encode(params), algorithm);
    }
}
