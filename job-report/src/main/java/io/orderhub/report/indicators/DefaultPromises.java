package io.orderhub.report.indicators;

import io.orderhub.common.order.Channel;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ship-by time a channel implies when the platform gives none: payment + the channel's default promise
 * ({@code oms.report.default-promise.<CHANNEL>}, documented with its source in docs/reports.md).
 */
public final class DefaultPromises {

    private final Map<Channel, Duration> promises;

    public DefaultPromises(Map<Channel, Duration> promises) {
        this.promises = promises.isEmpty() ? Map.of() : new EnumMap<>(promises);
    }

    /** Parses the configured map; a key that is no channel or a promise that is not positive names the property. */
    public static DefaultPromises fromConfiguration(Map<String, Duration> configured) {
        Map<Channel, Duration> promises = new EnumMap<>(Channel.class);
        configured.forEach((key, promise) -> {
            String property = "oms.report.default-promise." + key;
            Channel channel;
            try {
                channel = Channel.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(property + ": unknown channel " + key + "; known channels are "
                        + java.util.Arrays.toString(Channel.values()), e);
            }
            if (promise == null || promise.isZero() || promise.isNegative()) {
                throw new IllegalStateException(property + ": the promise must be a positive duration such as 48h;"
                        + " was " + promise);
            }
            promises.put(channel, promise);
        });
        return new DefaultPromises(promises);
    }

    public Optional<Duration> of(Channel channel) {
        return Optional.ofNullable(promises.get(channel));
    }

    /** The longest promise of any channel (zero without any): how long before a day a payment can fall due on it. */
    Duration longest() {
        return promises.values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
