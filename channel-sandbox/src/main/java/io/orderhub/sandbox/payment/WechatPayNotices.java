package io.orderhub.sandbox.payment;

import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.http.SandboxJson;
import io.orderhub.sandbox.push.MessageComposer;
import io.orderhub.sandbox.push.MessageTarget;
import io.orderhub.sandbox.push.OutboundMessage;
import io.orderhub.sandbox.push.WireRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import tools.jackson.databind.node.ObjectNode;

/**
 * WeChat Pay v3 notify ({@code TRANSACTION.SUCCESS}) to {@code {base}/payments/wechatpay/{gateway}}: JSON body whose
 * {@code resource} is the transaction JSON encrypted with AES-256-GCM (APIv3 key, 12-character nonce, associated
 * data {@code transaction}); headers {@code Wechatpay-Timestamp/-Nonce/-Serial/-Signature}, the signature being
 * SHA256withRSA of {@code timestamp\nnonce\nbody\n} with the platform key. The body is fixed per message; each
 * attempt gets its own timestamp, nonce and signature. 200 and 204 (any 2xx) acknowledge.
 */
public final class WechatPayNotices implements MessageComposer {
    public static final String ALGORITHM = "WECHATPAY2-SHA256-RSA2048";

    private final PaymentTrades trades;
    private final Supplier<HttpUrl> callbackBase;
    private final Function<String, PaymentGateway> gateways;
    private final SecureRandom random = new SecureRandom();
    private volatile KeyPair attackerKeys;

    public WechatPayNotices(PaymentTrades trades, Supplier<HttpUrl> callbackBase,
                            Function<String, PaymentGateway> gateways) {
        this.trades = trades;
        this.callbackBase = callbackBase;
        this.gateways = gateways;
    }

    public OutboundMessage message(PaymentGateway gateway, int index, long paidAt) {
        String orderId = trades.orderId(gateway, index);
        String id = notificationId(gateway, orderId);
        return new OutboundMessage(id, MessageTarget.WECHATPAY, gateway.channel(), gateway.shopId(), gateway.name(),
                orderId, "TRANSACTION.SUCCESS", paidAt, this, () -> {
                    SimOrder order = trades.orderAt(gateway, index, paidAt);
                    return body(gateway, id, transaction(gateway, order, order.paidFen(), paidAt), paidAt);
                });
    }

    static String notificationId(PaymentGateway gateway, String orderId) {
        return UUID.nameUUIDFromBytes(("wechatpay:" + gateway.name() + ":" + orderId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public WireRequest compose(OutboundMessage message, Instant sentAt) {
        PaymentGateway gateway = gateways.apply(message.gateway());
        return wire(gateway, message.content(), signedHeaders(gateway, message.content(), sentAt,
                gateway.gatewayPrivateKey()), ALGORITHM);
    }

    @Override
    public boolean acknowledges(int httpStatus, String responseBody) {
        return httpStatus >= 200 && httpStatus < 300;
    }

    public WireRequest forge(PaymentGateway gateway, SimOrder order, Forgery forgery, Instant sentAt) {
        String id = UUID.randomUUID().toString();
        long paidAt = order.paid() ? order.at(order.timeline().paidAt()) : order.now();
        long amount = forgery == Forgery.AMOUNT_CHANGED ? 1 : order.paidFen();
        String body = body(gateway, id, transaction(gateway, order, amount, paidAt), paidAt);
        return switch (forgery) {
            case BAD_SIGNATURE -> wire(gateway, body, signedHeaders(gateway, body, sentAt, attacker().getPrivate()),
                    ALGORITHM);
            case UNSIGNED -> {
                Map<String, String> headers = signedHeaders(gateway, body, sentAt, gateway.gatewayPrivateKey());
                headers.remove("Wechatpay-Signature");
                yield wire(gateway, body, headers, "none");
            }
            case STALE_TIMESTAMP -> wire(gateway, body, signedHeaders(gateway, body,
                    sentAt.minus(Duration.ofHours(1)), gateway.gatewayPrivateKey()), ALGORITHM);
            case AMOUNT_CHANGED -> wire(gateway, body, signedHeaders(gateway, body, sentAt,
                    gateway.gatewayPrivateKey()), ALGORITHM);
            case TAMPERED_AMOUNT -> {
                // The amount sits inside the AEAD ciphertext: a tampered notice carries a re-encrypted body under
                // the headers signed for the genuine one.
                Map<String, String> headers = signedHeaders(gateway, body, sentAt, gateway.gatewayPrivateKey());
                String tampered = body(gateway, id, transaction(gateway, order, 1, paidAt), paidAt);
                yield wire(gateway, tampered, headers, ALGORITHM);
            }
            case REPLAYED -> throw new IllegalArgumentException("a replay resends a sent notice");
        };
    }

    /** The decrypted {@code resource}: what the receiver reads after decrypting. */
    static ObjectNode transaction(PaymentGateway gateway, SimOrder order, long amountFen, long paidAt) {
        ObjectNode t = SandboxJson.object();
        t.put("appid", gateway.appId());
        t.put("mchid", gateway.merchantId());
        t.put("out_trade_no", order.orderId());
        t.put("transaction_id", PaymentTrades.wechatTransactionId(order));
        t.put("trade_type", "JSAPI");
        t.put("trade_state", "SUCCESS");
        t.put("trade_state_desc", "支付成功");
        t.put("bank_type", "OTHERS");
        t.put("attach", "");
        t.put("success_time", PaymentTrades.rfc3339(paidAt));
        t.putObject("payer").put("openid", PaymentTrades.openId(gateway, order));
        t.putObject("amount").put("total", amountFen).put("payer_total", amountFen).put("currency", "CNY")
                .put("payer_currency", "CNY");
        return t;
    }

    private String body(PaymentGateway gateway, String id, ObjectNode transaction, long paidAt) {
        String nonce = PaymentGateway.randomAlnum(random, 12);
        ObjectNode body = SandboxJson.object();
        body.put("id", id);
        body.put("create_time", PaymentTrades.rfc3339(paidAt));
        body.put("resource_type", "encrypt-resource");
        body.put("event_type", "TRANSACTION.SUCCESS");
        body.put("summary", "支付成功");
        ObjectNode resource = body.putObject("resource");
        resource.put("original_type", "transaction");
        resource.put("algorithm", "AEAD_AES_256_GCM");
        resource.put("ciphertext", WechatPayCrypto.encrypt(gateway.apiV3Key(), nonce, "transaction",
                SandboxJson.write(transaction)));
        resource.put("associated_data", "transaction");
        resource.put("nonce", nonce);
        return SandboxJson.write(body);
    }

    private Map<String, String> signedHeaders(PaymentGateway gateway, String body, Instant at, PrivateKey key) {
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = PaymentGateway.randomAlnum(random, 32);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Serial", gateway.platformSerial());
        headers.put("Wechatpay-Signature-Type", ALGORITHM);
        headers.put("Wechatpay-Signature", RsaKeys.sign(key, WechatPayCrypto.responseMessage(timestamp, nonce, body)));
        return headers;
    }

    private KeyPair attacker() {
        if (attackerKeys == null) {
            attackerKeys = RsaKeys.generate();
        }
        return attackerKeys;
    }

    private WireRequest wire(PaymentGateway gateway, String body, Map<String, String> headers, String algorithm) {
        HttpUrl url = callbackBase.get().newBuilder().addPathSegments("payments/wechatpay")
                .addPathSegment(gateway.name()).build();
        return new WireRequest(url, headers, "application/json", body.getBytes(StandardCharsets.UTF_8), algorithm);
    }
}
