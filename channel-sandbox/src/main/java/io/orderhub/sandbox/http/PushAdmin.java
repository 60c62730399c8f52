package io.orderhub.sandbox.http;

import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.payment.PaymentGateway;
import io.orderhub.sandbox.payment.PaymentKind;
import io.orderhub.sandbox.payment.PaymentQueryApis;
import io.orderhub.sandbox.payment.RsaKeys;
import io.orderhub.sandbox.push.OutboundMessage;
import io.orderhub.sandbox.push.PushSettings;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON views and inputs of the push-mode admin endpoints ({@code /_sandbox/push/…}, {@code /_sandbox/keys}). */
final class PushAdmin {
    private PushAdmin() {
    }

    /**
     * The messages emitted so far, oldest first, filtered by {@code order}, {@code shop}, {@code gateway},
     * {@code target} (TAOBAO/ALIPAY/WECHATPAY) and {@code state}.
     */
    static ObjectNode messages(List<OutboundMessage> all, Map<String, String> query) {
        ObjectNode answer = SandboxJson.object();
        ArrayNode list = answer.putArray("messages");
        for (OutboundMessage m : all) {
            if (!matches(query.get("order"), m.orderId()) || !matches(query.get("shop"), m.shopId())
                    || !matches(query.get("gateway"), m.gateway()) || !matches(query.get("target"), m.target().name())
                    || !matches(query.get("state"), m.state().name())) {
                continue;
            }
            ObjectNode n = list.addObject();
            n.put("messageId", m.messageId());
            n.put("target", m.target().name());
            n.put("channel", m.channel().name());
            n.put("shopId", m.shopId());
            if (m.gateway() != null) {
                n.put("gateway", m.gateway());
            }
            n.put("orderId", m.orderId());
            n.put("topic", m.label());
            n.put("eventAt", SimTime.text(m.eventAt()));
            n.put("state", m.state().name());
            n.put("attempts", m.attempts());
            n.put("deliveries", m.deliveries());
            n.put("lastHttpStatus", m.lastHttpStatus());
            n.put("signMethod", m.lastSignAlgorithm());
        }
        answer.put("count", list.size());
        return answer;
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.isEmpty() || wanted.equals(value);
    }

    /** Absent fields keep their current value. */
    static PushSettings merge(PushSettings current, JsonNode body) {
        return new PushSettings(
                body.has("callbackBaseUrl") ? body.get("callbackBaseUrl").asString(null) : current.callbackBaseUrl(),
                body.path("messagesPerSecond").asDouble(current.messagesPerSecond()),
                body.path("concurrency").asInt(current.concurrency()),
                body.path("timeFactor").asDouble(current.timeFactor()),
                body.path("outOfOrderRate").asDouble(current.outOfOrderRate()),
                body.path("duplicateRate").asDouble(current.duplicateRate()),
                body.path("missingNotifyRate").asDouble(current.missingNotifyRate()),
                body.path("requestTimeoutMillis").asLong(current.requestTimeoutMillis()));
    }

    /**
     * What a receiver test configures: per gateway its ids, the gateway public key (PEM) that verifies notifies and
     * query answers, the WeChat platform serial and APIv3 key, and the merchant key pair the sandbox generated for
     * signing query requests (private key omitted once a test registered its own public key).
     */
    static ObjectNode keys(Collection<PaymentGateway> gateways, HttpUrl root) {
        ObjectNode answer = SandboxJson.object();
        ArrayNode list = answer.putArray("gateways");
        for (PaymentGateway g : gateways) {
            ObjectNode n = list.addObject();
            n.put("gateway", g.name());
            n.put("kind", g.kind().name());
            n.put("channel", g.channel().name());
            n.put("shopId", g.shopId());
            n.put("appId", g.appId());
            if (g.kind() == PaymentKind.ALIPAY) {
                n.put("sellerId", g.merchantId());
                n.put("alipayPublicKey", RsaKeys.publicPem(g.gatewayPublicKey()));
                n.put("queryUrl", root.resolve(PaymentQueryApis.ALIPAY_PATH.substring(1)).toString());
            } else {
                n.put("mchId", g.merchantId());
                n.put("platformSerial", g.platformSerial());
                n.put("platformPublicKey", RsaKeys.publicPem(g.gatewayPublicKey()));
                n.put("apiV3Key", g.apiV3Key());
                n.put("merchantSerial", g.merchantSerial());
                n.put("queryUrl", root.resolve(PaymentQueryApis.WECHAT_PREFIX.substring(1)).toString());
            }
            n.put("merchantPublicKey", RsaKeys.publicPem(g.merchantPublicKey()));
            n.put("merchantKeyRegistered", g.merchantKeyRegistered());
            if (!g.merchantKeyRegistered()) {
                n.put("merchantPrivateKey", RsaKeys.privatePem(g.generatedMerchantKeys().getPrivate()));
            }
        }
        return answer;
    }

    /** {@code {"merchantPublicKey":"PEM","merchantSerial":"…"}}; {@code appPublicKey} is accepted for Alipay. */
    static void registerKey(PaymentGateway gateway, JsonNode body) {
        String pem = body.path("merchantPublicKey").asString(body.path("appPublicKey").asString(null));
        if (pem == null || pem.isEmpty()) {
            throw new IllegalArgumentException("merchantPublicKey (PEM) is required");
        }
        gateway.registerMerchantKey(RsaKeys.publicKey(pem), body.path("merchantSerial").asString(null));
    }

    static Instant instant(String text) {
        return text.endsWith("Z") || text.contains("T") ? Instant.parse(text)
                : LocalDateTime.parse(text, SimTime.TEXT).toInstant(SimTime.CHINA);
    }
}
