package io.orderhub.sync.inbox;

import io.orderhub.common.order.Channel;
import java.time.LocalDateTime;
import java.util.Map;

/** A stored inbox message, as read back for draining or replay. */
public record InboxRow(long id, InboxSource source, Channel channel, String shopId, String gateway, String messageId,
        LocalDateTime receivedAt, Map<String, String> headers, String body, InboxState state, String reason,
        int attempts) {

    /** The message as it was received, to verify it again. */
    public InboundMessage asReceived() {
        return new InboundMessage(source, gateway != null ? gateway : shopId, headers, body, receivedAt);
    }

    public String label() {
        return "inbox#" + id + " " + source + (shopId == null ? "" : " " + channel + "/" + shopId)
                + (gateway == null ? "" : " gateway " + gateway);
    }
}
