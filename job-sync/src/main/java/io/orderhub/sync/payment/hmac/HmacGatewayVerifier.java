package io.orderhub.sync.payment.hmac;

import io.orderhub.common.money.Yuan;
import io.orderhub.sync.channel.http.Digest;
import io.orderhub.sync.inbox.InboundMessage;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.InboxRow;
import io.orderhub.sync.inbox.InboxSource;
import io.orderhub.sync.inbox.SentAt;
import io.orderhub.sync.inbox.Verdict;
import io.orderhub.sync.payment.GatewayConfigurationException;
import io.orderhub.sync.payment.GatewayType;
import io.orderhub.sync.payment.NoticeVerification;
import io.orderhub.sync.payment.PaymentGateway;
import io.orderhub.sync.payment.PaymentGateways;
import io.orderhub.sync.payment.PaymentNotice;
import io.orderhub.sync.payment.PaymentNotifications;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gateway that signs its JSON notifications with a shared secret: {@code X-Signature} = hex
 * HMAC-SHA256(secret, {@code timestamp\nnonce\nbody}); {@code merchant_id} must be ours; {@code notify_id}
 * identifies the notice across retries.
 */
@Component
public class HmacGatewayVerifier implements PaymentNotifications {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final JsonMapper json = JsonMapper.builder().build();
    private final PaymentGateways gateways;

    public HmacGatewayVerifier(PaymentGateways gateways) {
        this.gateways = gateways;
    }

    @Override
    public InboxSource source() {
        return InboxSource.GATEWAY;
    }

    @Override
    public GatewayType gatewayType() {
        return GatewayType.HMAC;
    }

    @Override
    public Verdict verify(InboundMessage message) {
        Optional<PaymentGateway> found = gateways.find(message.target(), GatewayType.HMAC);
        if (found.isEmpty()) {
            return NoticeVerification.unknownGateway(GatewayType.HMAC, message);
        }
        PaymentGateway gateway = found.get();
        String method = "hmac-sha256";
        JsonNode body;
        try {
            body = json.readTree(message.body());
        } catch (JacksonException e) {
            return NoticeVerification.held(gateway, null, method, InboxReason.MALFORMED, "body: not JSON");
        }
        String notifyId = body.path("notify_id").asString(null);
        if (notifyId == null || notifyId.isBlank()) {
            return NoticeVerification.held(gateway, null, method, InboxReason.MALFORMED, "notify_id: missing");
        }
        String signature = message.header("X-Signature");
        String timestamp = message.header("X-Signature-Timestamp");
        String nonce = message.header("X-Signature-Nonce");
        if (signature == null || timestamp == null || nonce == null) {
            return NoticeVerification.held(gateway, notifyId, method, InboxReason.SIGNATURE_MISSING,
                    "headers: X-Signature, X-Signature-Timestamp and X-Signature-Nonce are all required");
        }
        String expected;
        try {
            expected = Digest.HMAC_SHA256.hex(gateway.hmacSecret(), timestamp + "\n" + nonce + "\n" + message.body());
        } catch (GatewayConfigurationException e) {
            return NoticeVerification.held(gateway, notifyId, method, InboxReason.CONFIGURATION, e.getMessage());
        }
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return NoticeVerification.held(gateway, notifyId, method, InboxReason.SIGNATURE_MISMATCH,
                    "X-Signature: not made with the gateway's secret over timestamp, nonce and body");
        }
        LocalDateTime sentAt;
        try {
            sentAt = LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(timestamp)), CHINA);
        } catch (NumberFormatException e) {
            return NoticeVerification.held(gateway, notifyId, method, InboxReason.MALFORMED,
                    "X-Signature-Timestamp: '" + timestamp + "' is not epoch seconds");
        }
        if (!SentAt.fresh(sentAt, message.receivedAt(), SentAt.DEFAULT_TOLERANCE)) {
            return NoticeVerification.held(gateway, notifyId, method, InboxReason.STALE_TIMESTAMP,
                    "X-Signature-Timestamp: " + timestamp + " is more than 10 minutes from our receipt");
        }
        if (!gateway.merchantId().equals(body.path("merchant_id").asString(""))) {
            return NoticeVerification.held(gateway, notifyId, method, InboxReason.APP_MISMATCH,
                    "merchant_id: '" + body.path("merchant_id").asString("") + "' is not this gateway's merchant");
        }
        return NoticeVerification.verified(gateway, notifyId, method);
    }

    @Override
    public PaymentNotice notice(InboxRow row, PaymentGateway gateway) {
        JsonNode body = json.readTree(row.body());
        String status = body.path("trade_status").asString("");
        if (status.isBlank()) {
            throw new IllegalArgumentException("trade_status: missing");
        }
        String paidAt = body.path("paid_at").asString(null);
        return new PaymentNotice(body.path("out_trade_no").asString(""), body.path("notify_id").asString(), status,
                "SUCCESS".equals(status), Yuan.parse(body.path("total_amount").asString("")),
                paidAt == null ? null : LocalDateTime.parse(paidAt));
    }
}
