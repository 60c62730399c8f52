package io.orderhub.sync.channel.http;

import java.time.Duration;

/**
 * A token bucket: {@code ratePerSecond} calls on average, at most {@code burst} at once. A burst of 1 spaces calls
 * evenly, which is what Pinduoduo needs (a burst gets the app banned). {@link #pause} pushes every caller back
 * after the platform said "too many".
 */
public final class TokenBucket {

    private final double nanosPerToken;
    private final double capacity;
    private double tokens;
    private long updatedAt;

    public TokenBucket(double ratePerSecond, int burst, long nowNanos) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be > 0 and burst >= 1, was " + ratePerSecond + "/" + burst);
        }
        this.nanosPerToken = 1_000_000_000d / ratePerSecond;
        this.capacity = burst;
        this.tokens = burst;
        this.updatedAt = nowNanos;
    }

    /** Takes a token, returning how long the caller must wait before using it (0 = go now). */
    public synchronized long reserve(long nowNanos) {
        refill(nowNanos);
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens * nanosPerToken);
    }

    public synchronized void pause(Duration duration, long nowNanos) {
        refill(nowNanos);
        tokens = Math.min(tokens, 0) - duration.toNanos() / nanosPerToken;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed / nanosPerToken);
            updatedAt = nowNanos;
        }
    }
}
