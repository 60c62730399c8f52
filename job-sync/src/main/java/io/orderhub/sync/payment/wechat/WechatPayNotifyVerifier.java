package io.orderhub.sync.payment.wechat;

import io.orderhub.common.money.Yuan;
import io.orderhub.sync.inbox.InboundMessage;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.InboxRow;
import io.orderhub.sync.inbox.InboxSource;
import io.orderhub.sync.inbox.SentAt;
import io.orderhub.sync.inbox.Verdict;
import io.orderhub.sync.payment.AesGcm;
import io.orderhub.sync.payment.GatewayConfigurationException;
import io.orderhub.sync.payment.GatewayType;
import io.orderhub.sync.payment.NoticeVerification;
import io.orderhub.sync.payment.PaymentGateway;
import io.orderhub.sync.payment.PaymentGateways;
import io.orderhub.sync.payment.PaymentNotice;
import io.orderhub.sync.payment.PaymentNotifications;
import io.orderhub.sync.payment.Rsa;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat Pay v3 notification: {@code Wechatpay-Signature} = SHA256withRSA by the platform key over
 * {@code timestamp\nnonce\nbody\n}, from the certificate named by {@code Wechatpay-Serial}; the transaction is the
 * {@code resource}, AES-256-GCM encrypted with our APIv3 key. The decrypted {@code mchid}/{@code appid} must be
 * ours; the event {@code id} identifies the notice across retries.
 */
@Component
public class WechatPayNotifyVerifier implements PaymentNotifications {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final JsonMapper json = JsonMapper.builder().build();
    private final PaymentGateways gateways;

    public WechatPayNotifyVerifier(PaymentGateways gateways) {
        this.gateways = gateways;
    }

    @Override
    public InboxSource source() {
        return InboxSource.WECHATPAY;
    }

    @Override
    public GatewayType gatewayType() {
        return GatewayType.WECHATPAY;
    }

    @Override
    public Verdict verify(InboundMessage message) {
        Optional<PaymentGateway> found = gateways.find(message.target(), GatewayType.WECHATPAY);
        if (found.isEmpty()) {
            return NoticeVerification.unknownGateway(GatewayType.WECHATPAY, message);
        }
        PaymentGateway gateway = found.get();
        String method = "WECHATPAY2-SHA256-RSA2048";
        JsonNode body;
        try {
            body = json.readTree(message.body());
        } catch (JacksonException e) {
            return NoticeVerification.held(gateway, null, method, InboxReason.MALFORMED, "body: not JSON");
        }
        String eventId = body.path("id").asString(null);
        if (eventId == null || eventId.isBlank()) {
            return NoticeVerification.held(gateway, null, method, InboxReason.MALFORMED, "id: missing");
        }
        String signature = message.header("Wechatpay-Signature");
        String timestamp = message.header("Wechatpay-Timestamp");
        String nonce = message.header("Wechatpay-Nonce");
        if (signature == null || timestamp == null || nonce == null) {
            return NoticeVerification.held(gateway, eventId, method, InboxReason.SIGNATURE_MISSING,
                    "headers: Wechatpay-Signature, -Timestamp and -Nonce are all required");
        }
        String serial = message.header("Wechatpay-Serial");
        if (!gateway.platformSerial().equalsIgnoreCase(String.valueOf(serial))) {
            return NoticeVerification.held(gateway, eventId, method, InboxReason.SIGNATURE_MISMATCH,
                    "Wechatpay-Serial: '" + serial + "' is not the configured platform certificate");
        }
        try {
            if (!Rsa.verify(gateway.gatewayPublicKey(), timestamp + "\n" + nonce + "\n" + message.body() + "\n", signature)) {
                return NoticeVerification.held(gateway, eventId, method, InboxReason.SIGNATURE_MISMATCH,
                        "Wechatpay-Signature: not made by the platform key over timestamp, nonce and body");
            }
        } catch (GatewayConfigurationException e) {
            return NoticeVerification.held(gateway, eventId, method, InboxReason.CONFIGURATION, e.getMessage());
        }
        LocalDateTime sentAt;
        try {
            sentAt = LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(timestamp)), CHINA);
        } catch (NumberFormatException e) {
            return NoticeVerification.held(gateway, eventId, method, InboxReason.MALFORMED,
                    "Wechatpay-Timestamp: '" + timestamp + "' is not epoch seconds");
        }
        if (!SentAt.fresh(sentAt, message.receivedAt(), SentAt.DEFAULT_TOLERANCE)) {
            return NoticeVerification.held(gateway, eventId, method, InboxReason.STALE_TIMESTAMP,
                    "Wechatpay-Timestamp: " + timestamp + " is more than 10 minutes from our receipt");
        }
        JsonNode transaction;
        try {
            transaction = transaction(body, gateway);
        } catch (GatewayConfigurationException e) {
            return NoticeVerification.held(gateway, eventId, method, InboxReason.CONFIGURATION, e.getMessage());
        } catch (IllegalArgumentException | JacksonException e) {
            return NoticeVerification.held(gateway, eventId, method, InboxReason.MALFORMED, "resource: " + e.getMessage());
        }
        if (!gateway.merchantId().equals(transaction.path("mchid").asString(""))
                || (gateway.appId() != null && !gateway.appId().equals(transaction.path("appid").asString("")))) {
            return NoticeVerification.held(gateway, eventId, method, InboxReason.APP_MISMATCH,
                    "resource.mchid/appid: not this gateway's merchant and app");
        }
        return NoticeVerification.verified(gateway, eventId, method);
    }

    @Override
    public PaymentNotice notice(InboxRow row, PaymentGateway gateway) {
        JsonNode transaction = transaction(json.readTree(row.body()), gateway);
        String state = required(transaction, "trade_state");
        JsonNode total = transaction.path("amount").path("total");
        if (!total.isIntegralNumber()) {
            throw new IllegalArgumentException("resource.amount.total: missing or not fen");
        }
        String successTime = transaction.path("success_time").asString(null);
        return new PaymentNotice(required(transaction, "out_trade_no"), transaction.path("transaction_id").asString(null),
                state, "SUCCESS".equals(state), Yuan.ofFen(total.asLong()),
                successTime == null ? null : OffsetDateTime.parse(successTime).atZoneSameInstant(CHINA).toLocalDateTime());
    }

    private JsonNode transaction(JsonNode body, PaymentGateway gateway) {
        JsonNode resource = body.path("resource");
        if (!"AEAD_AES_256_GCM".equals(resource.path("algorithm").asString(""))) {
            throw new IllegalArgumentException("algorithm: only AEAD_AES_256_GCM is known");
        }
        return json.readTree(AesGcm.decrypt(gateway.apiV3Key(), resource.path("nonce").asString(""),
                resource.path("associated_data").asString(null), resource.path("ciphertext").asString("")));
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asString(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("resource." + field + ": missing");
        }
        return value;
    }
}
