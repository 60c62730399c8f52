package io.orderhub.sync.inbox;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as received: raw body and the headers that verification needs, with where it was addressed.
 *
 * @param target the shop id (order pushes) or the gateway name (payment notifications) from the URL
 * @param receivedAt our wall clock (Asia/Shanghai) when it arrived; freshness is judged against this, so a held
 *                   message can still be verified days later
 */
public record InboundMessage(InboxSource source, String target, Map<String, String> headers, String body,
        LocalDateTime receivedAt) {

    public InboundMessage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
