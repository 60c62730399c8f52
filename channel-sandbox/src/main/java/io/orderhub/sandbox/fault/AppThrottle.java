package io.orderhub.sandbox.fault;

import io.orderhub.sandbox.Channel;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Token buckets per (channel, app key, API method) on the server's wall clock, with an optional app ban. */
public final class AppThrottle {
    private final Clock clock;
    private final Map<Channel, RateLimitPolicy> policies = new EnumMap<>(Channel.class);
    private final Map<String, Bucket> buckets = new HashMap<>();

    public AppThrottle(Clock clock, Map<Channel, RateLimitPolicy> policies) {
        this.clock = clock;
        for (Channel channel : Channel.values()) {
            this.policies.put(channel, policies.getOrDefault(channel, RateLimitPolicy.defaultFor(channel)));
        }
    }

    public synchronized void setPolicy(Channel channel, RateLimitPolicy policy) {
        policies.put(channel, policy);
        buckets.keySet().removeIf(key -> key.startsWith(channel.name() + "|"));
    }

    public synchronized RateLimitPolicy policy(Channel channel) {
        return policies.get(channel);
    }

    public synchronized ThrottleVerdict acquire(Channel channel, String appKey, String method) {
        RateLimitPolicy policy = policies.get(channel);
        if (policy.unlimited()) {
            return ThrottleVerdict.ADMITTED;
        }
        long nowMillis = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(channel.name() + "|" + appKey + "|" + method,
                key -> new Bucket(policy.burst(), nowMillis));
        if (bucket.bannedUntil > nowMillis) {
            return new ThrottleVerdict(ThrottleVerdict.Kind.APP_BANNED, ceilSeconds(bucket.bannedUntil - nowMillis));
        }
        bucket.refill(policy, nowMillis);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            bucket.rejections = 0;
            return ThrottleVerdict.ADMITTED;
        }
        bucket.rejections++;
        if (policy.banSeconds() > 0 && bucket.rejections >= policy.banAfterRejections()) {
            bucket.bannedUntil = nowMillis + policy.banSeconds() * 1000L;
            bucket.rejections = 0;
            return new ThrottleVerdict(ThrottleVerdict.Kind.APP_BANNED, policy.banSeconds());
        }
        long wait = (long) Math.ceil((1 - bucket.tokens) * 1000 / policy.permitsPerSecond());
        return new ThrottleVerdict(ThrottleVerdict.Kind.RATE_LIMITED, ceilSeconds(wait));
    }

    private static long ceilSeconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;
        long bannedUntil;
        int rejections;

        Bucket(int burst, long now) {
            tokens = burst;
            updatedAt = now;
        }

        void refill(RateLimitPolicy policy, long now) {
            if (now > updatedAt) {
                tokens = Math.min(policy.burst(), tokens + (now - updatedAt) * policy.permitsPerSecond() / 1000);
                updatedAt = now;
            }
        }
    }
}
