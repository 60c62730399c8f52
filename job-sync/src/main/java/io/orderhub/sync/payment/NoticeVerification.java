package io.orderhub.sync.payment;

import io.orderhub.sync.inbox.InboundMessage;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.Verdict;

/** The verdicts every payment verifier gives alike, naming the gateway (and its shop) the message was sent to. */
public final class NoticeVerification {

    private NoticeVerification() {
    }

    public static Verdict unknownGateway(GatewayType type, InboundMessage message) {
        return Verdict.held(null, null, message.target(), null, null, InboxReason.UNKNOWN_GATEWAY,
                "no " + type + " gateway named '" + message.target() + "' in oms.payments.gateways");
    }

    public static Verdict held(PaymentGateway gateway, String messageId, String signMethod, InboxReason reason,
            String detail) {
        return Verdict.held(gateway.channel(), gateway.shopId(), gateway.name(), messageId, signMethod, reason, detail);
    }

    public static Verdict verified(PaymentGateway gateway, String messageId, String signMethod) {
        return Verdict.verified(gateway.channel(), gateway.shopId(), gateway.name(), messageId, signMethod, false);
    }
}
