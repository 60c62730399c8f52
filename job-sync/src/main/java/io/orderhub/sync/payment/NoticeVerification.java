package io.orderhub.sync.payment;

import io.orderhub.sync.inbox.InboundMessage;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.Verdict;
import java.util.Optional;

/** The first steps every payment verifier shares: find the gateway named in the URL, with its type. */
public final class NoticeVerification {

    private NoticeVerification() {
    }

    /** The gateway, or the held verdict saying why there is none. */
    public static Optional<PaymentGateway> gateway(PaymentGateways gateways, GatewayType type, InboundMessage message) {
        return gateways.find(message.target(), type);
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
