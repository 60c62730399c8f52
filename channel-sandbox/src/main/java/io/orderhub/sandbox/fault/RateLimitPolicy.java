package io.orderhub.sandbox.fault;

import io.orderhub.sandbox.Channel;

/**
 * Token bucket per (app, API): {@code permitsPerSecond} refill, {@code burst} capacity. After
 * {@code banAfterRejections} consecutive rejections the app is banned for {@code banSeconds} (PDD's app-level ban);
 * 0 disables the ban.
 */
public record RateLimitPolicy(double permitsPerSecond, int burst, int banAfterRejections, int banSeconds) {

    public static final RateLimitPolicy UNLIMITED = new RateLimitPolicy(Double.POSITIVE_INFINITY, Integer.MAX_VALUE,
            0, 0);

    public boolean unlimited() {
        return Double.isInfinite(permitsPerSecond);
    }

    /**
     * Defaults close to the published ones: Taobao a few hundred calls per minute per app, JD about 10/s (ERP
     * documentation), Douyin 100/s, PDD 10/s with a 30-second app ban after a burst of rejected calls.
     */
    public static RateLimitPolicy defaultFor(Channel channel) {
        return switch (channel) {
            case TAOBAO -> new RateLimitPolicy(5, 20, 0, 0);
            case JD -> new RateLimitPolicy(10, 10, 0, 0);
            case DOUYIN -> new RateLimitPolicy(100, 100, 0, 0);
            case PDD -> new RateLimitPolicy(10, 10, 5, 30);
        };
    }
}
