package io.orderhub.sync.channel.http;

import io.orderhub.common.order.Channel;
import java.time.Duration;

/**
 * Hears what the HTTP layer does per channel, for the metrics: every attempt sent, every error answer or failure of
 * an attempt (a retried one included), and every wait for the rate limit (the token bucket's pacing). Called on the
 * calling thread; implementations must be cheap and thread-safe.
 */
public interface ChannelCallListener {

    ChannelCallListener NONE = new ChannelCallListener() {
    };

    /** One request sent (a retry is another attempt). */
    default void attempted(Channel channel) {
    }

    /** One attempt failed: {@code kind} is a {@code PlatformErrorKind} name, or {@code MALFORMED} for a body that is not JSON. */
    default void failed(Channel channel, String kind) {
    }

    /** The caller waited {@code wait} for the (channel, app, API) rate limit before an attempt. */
    default void paced(Channel channel, Duration wait) {
    }
}
