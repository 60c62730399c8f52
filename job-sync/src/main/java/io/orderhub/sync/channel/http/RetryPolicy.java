package io.orderhub.sync.channel.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one retry policy of the HTTP layer: bounded attempts, exponential backoff with full jitter (so shops that
 * were throttled together do not come back together), and the platform's own wait hint when it gives one.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(30));

    /**
     * Whether waiting out the platform's hint is worth it here: a ban longer than {@link #maxDelay} (PDD bans an app
     * for minutes) fails the call as rate-limited instead of blocking a worker; the next run starts over.
     */
    public boolean worthWaiting(Duration hint) {
        return hint == null || hint.compareTo(maxDelay) <= 0;
    }

    /** Delay before retry number {@code retry} (1 = the first retry). */
    public Duration delayBefore(int retry, Duration hint) {
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(20, retry - 1));
        long jittered = ThreadLocalRandom.current().nextLong(cap / 2, cap + 1);
        return hint == null ? Duration.ofMillis(jittered) : hint.plusMillis(jittered / 4);
    }
}
