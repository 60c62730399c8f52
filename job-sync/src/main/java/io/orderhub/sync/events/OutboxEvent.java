package io.orderhub.sync.events;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An unpublished row of {@code order_event_outbox}, as the publisher sends it.
 *
 * @param nacks how often the broker refused it so far
 */
record OutboxEvent(long id, String eventId, String channel, String statusAfter, String payload, int attempts,
        int nacks) {

    /** {@code <channel>.<status>} in lower case, e.g. {@code taobao.paid}, {@code jd.partially_shipped}. */
    String routingKey() {
        return channel.toLowerCase(Locale.ROOT) + "." + statusAfter.toLowerCase(Locale.ROOT);
    }

    byte[] body() {
        return payload.getBytes(StandardCharsets.UTF_8);
    }
}
