package io.orderhub.sync.payment.alipay;

import io.orderhub.common.money.Yuan;
import io.orderhub.sync.inbox.InboundMessage;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.InboxRow;
import io.orderhub.sync.inbox.InboxSource;
import io.orderhub.sync.inbox.SentAt;
import io.orderhub.sync.inbox.UrlEncodedForm;
import io.orderhub.sync.inbox.Verdict;
import io.orderhub.sync.payment.GatewayConfigurationException;
import io.orderhub.sync.payment.GatewayType;
import io.orderhub.sync.payment.NoticeVerification;
import io.orderhub.sync.payment.PaymentGateway;
import io.orderhub.sync.payment.PaymentGateways;
import io.orderhub.sync.payment.PaymentNotice;
import io.orderhub.sync.payment.PaymentNotifications;
import io.orderhub.sync.payment.Rsa;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Alipay asynchronous notify: form parameters, RSA2 (SHA256withRSA) over the {@code k=v&…} text of every
 * non-empty parameter except {@code sign} and {@code sign_type}, sorted by name, with Alipay's public key. The
 * {@code app_id} must be ours; {@code notify_id} identifies the notice across Alipay's retries.
 */
@Component
public class AlipayNotifyVerifier implements PaymentNotifications {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Set<String> PAID = Set.of("TRADE_SUCCESS", "TRADE_FINISHED");

    private final PaymentGateways gateways;

    public AlipayNotifyVerifier(PaymentGateways gateways) {
        this.gateways = gateways;
    }

    @Override
    public InboxSource source() {
        return InboxSource.ALIPAY;
    }

    @Override
    public GatewayType gatewayType() {
        return GatewayType.ALIPAY;
    }

    @Override
    public Verdict verify(InboundMessage message) {
        Optional<PaymentGateway> found = gateways.find(message.target(), GatewayType.ALIPAY);
        if (found.isEmpty()) {
            return NoticeVerification.unknownGateway(GatewayType.ALIPAY, message);
        }
        PaymentGateway gateway = found.get();
        TreeMap<String, String> params;
        try {
            params = UrlEncodedForm.parse(message.body());
        } catch (IllegalArgumentException e) {
            return NoticeVerification.held(gateway, null, null, InboxReason.MALFORMED, "body: " + e.getMessage());
        }
        String notifyId = params.get("notify_id");
        String signType = params.get("sign_type");
        if (notifyId == null || notifyId.isBlank()) {
            return NoticeVerification.held(gateway, null, signType, InboxReason.MALFORMED, "notify_id: missing");
        }
        String sign = params.get("sign");
        if (sign == null || sign.isBlank()) {
            return NoticeVerification.held(gateway, notifyId, signType, InboxReason.SIGNATURE_MISSING, "sign: missing");
        }
        if (!"RSA2".equals(signType)) {
            return NoticeVerification.held(gateway, notifyId, signType, InboxReason.SIGNATURE_MISMATCH,
                    "sign_type: '" + signType + "' is not accepted, only RSA2");
        }
        try {
            if (!Rsa.verify(gateway.gatewayPublicKey(), AlipaySignedText.ofNotify(params), sign)) {
                return NoticeVerification.held(gateway, notifyId, signType, InboxReason.SIGNATURE_MISMATCH,
                        "sign: not made by the gateway's key over the notify parameters");
            }
        } catch (GatewayConfigurationException e) {
            return NoticeVerification.held(gateway, notifyId, signType, InboxReason.CONFIGURATION, e.getMessage());
        }
        if (!gateway.appId().equals(params.get("app_id"))) {
            return NoticeVerification.held(gateway, notifyId, signType, InboxReason.APP_MISMATCH,
                    "app_id: '" + params.get("app_id") + "' is not this gateway's app");
        }
        LocalDateTime notifyTime;
        try {
            notifyTime = LocalDateTime.parse(String.valueOf(params.get("notify_time")), TIME);
        } catch (DateTimeParseException e) {
            return NoticeVerification.held(gateway, notifyId, signType, InboxReason.MALFORMED,
                    "notify_time: '" + params.get("notify_time") + "' is not yyyy-MM-dd HH:mm:ss");
        }
        if (!SentAt.fresh(notifyTime, message.receivedAt(), SentAt.DEFAULT_TOLERANCE)) {
            return NoticeVerification.held(gateway, notifyId, signType, InboxReason.STALE_TIMESTAMP,
                    "notify_time: " + params.get("notify_time") + " is more than 10 minutes from our receipt");
        }
        return NoticeVerification.verified(gateway, notifyId, signType);
    }

    @Override
    public PaymentNotice notice(InboxRow row, PaymentGateway gateway) {
        TreeMap<String, String> params = UrlEncodedForm.parse(row.body());
        String status = required(params, "trade_status");
        String paidAt = params.get("gmt_payment");
        return new PaymentNotice(required(params, "out_trade_no"), params.get("trade_no"), status, PAID.contains(status),
                Yuan.parse(required(params, "total_amount")),
                paidAt == null || paidAt.isBlank() ? null : LocalDateTime.parse(paidAt, TIME));
    }

    private static String required(TreeMap<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": missing");
        }
        return value;
    }
}
