package io.orderhub.sync.inbox;

import io.orderhub.common.order.Channel;

/**
 * The outcome of verifying one message. Always carries what could be read (channel, shop, message id), so a held
 * message is still findable by shop and de-duplicated once it verifies.
 *
 * @param signMethod the algorithm the message was verified with, or that it claimed when verification failed
 * @param legacyAccepted verified only by the shop's time-boxed legacy algorithm
 */
public record Verdict(boolean verified, Channel channel, String shopId, String gateway, String messageId,
        String signMethod, boolean legacyAccepted, InboxReason reason, String detail) {

    public static Verdict verified(Channel channel, String shopId, String gateway, String messageId, String signMethod,
            boolean legacyAccepted) {
        return new Verdict(true, channel, shopId, gateway, messageId, signMethod, legacyAccepted, null, null);
    }

    public static Verdict held(Channel channel, String shopId, String gateway, String messageId, String signMethod,
            InboxReason reason, String detail) {
        return new Verdict(false, channel, shopId, gateway, messageId, signMethod, false, reason, detail);
    }
}
