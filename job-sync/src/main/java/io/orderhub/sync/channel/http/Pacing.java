package io.orderhub.sync.channel.http;

import io.orderhub.common.order.Channel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** The token buckets of this executor, one per (channel, app, API), sized from configuration. */
public final class Pacing {

    /** Calls per second and burst for one channel. */
    public record Limit(double ratePerSecond, int burst) {
    }

    private final Map<Channel, Limit> limits;
    private final Map<PacingKey, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public Pacing(Map<Channel, Limit> limits, LongSupplier nanoTime) {
        this.limits = Map.copyOf(limits);
        this.nanoTime = nanoTime;
    }

    /** Nanoseconds to wait before this call may go. */
    long reserve(PacingKey key) {
        return bucket(key).reserve(nanoTime.getAsLong());
    }

    void pause(PacingKey key, Duration duration) {
        bucket(key).pause(duration, nanoTime.getAsLong());
    }

    private TokenBucket bucket(PacingKey key) {
        return buckets.computeIfAbsent(key, k -> {
            Limit limit = limits.get(k.channel());
            if (limit == null) {
                throw new IllegalStateException("no pacing limit configured for " + k.channel());
            }
            return new TokenBucket(limit.ratePerSecond(), limit.burst(), nanoTime.getAsLong());
        });
    }
}
