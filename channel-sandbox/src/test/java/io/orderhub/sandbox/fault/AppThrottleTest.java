package io.orderhub.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-01-15T02:30:00Z"));

    @Test
    void burstIsAdmittedThenCallsAreRateLimitedUntilTokensRefill() {
        AppThrottle throttle = new AppThrottle(clock, Map.of(Channel.JD, new RateLimitPolicy(10, 3, 0, 0)));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.acquire(Channel.JD, "app", "m").kind()).isEqualTo(ThrottleVerdict.Kind.ADMITTED);
        }
        ThrottleVerdict limited = throttle.acquire(Channel.JD, "app", "m");
        assertThat(limited.kind()).isEqualTo(ThrottleVerdict.Kind.RATE_LIMITED);
        assertThat(limited.retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofMillis(100));
        assertThat(throttle.acquire(Channel.JD, "app", "m").kind()).isEqualTo(ThrottleVerdict.Kind.ADMITTED);
    }

    @Test
    void bucketsAreKeptPerAppAndPerApi() {
        AppThrottle throttle = new AppThrottle(clock, Map.of(Channel.JD, new RateLimitPolicy(1, 1, 0, 0)));
        assertThat(throttle.acquire(Channel.JD, "app", "a").kind()).isEqualTo(ThrottleVerdict.Kind.ADMITTED);
        assertThat(throttle.acquire(Channel.JD, "app", "b").kind()).isEqualTo(ThrottleVerdict.Kind.ADMITTED);
        assertThat(throttle.acquire(Channel.JD, "other", "a").kind()).isEqualTo(ThrottleVerdict.Kind.ADMITTED);
        assertThat(throttle.acquire(Channel.JD, "app", "a").kind()).isEqualTo(ThrottleVerdict.Kind.RATE_LIMITED);
    }

    @Test
    void repeatedRejectionsBanTheAppForTheConfiguredTime() {
        AppThrottle throttle = new AppThrottle(clock, Map.of(Channel.PDD, new RateLimitPolicy(10, 1, 3, 30)));
        throttle.acquire(Channel.PDD, "app", "m");
        assertThat(throttle.acquire(Channel.PDD, "app", "m").kind()).isEqualTo(ThrottleVerdict.Kind.RATE_LIMITED);
        assertThat(throttle.acquire(Channel.PDD, "app", "m").kind()).isEqualTo(ThrottleVerdict.Kind.RATE_LIMITED);
        ThrottleVerdict banned = throttle.acquire(Channel.PDD, "app", "m");
        assertThat(banned.kind()).isEqualTo(ThrottleVerdict.Kind.APP_BANNED);
        assertThat(banned.retryAfterSeconds()).isEqualTo(30);
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.acquire(Channel.PDD, "app", "m").kind()).isEqualTo(ThrottleVerdict.Kind.APP_BANNED);
        clock.advance(Duration.ofSeconds(21));
        assertThat(throttle.acquire(Channel.PDD, "app", "m").kind()).isEqualTo(ThrottleVerdict.Kind.ADMITTED);
    }

    @Test
    void unlimitedPolicyNeverRejects() {
        AppThrottle throttle = new AppThrottle(clock, Map.of(Channel.PDD, RateLimitPolicy.UNLIMITED));
        for (int i = 0; i < 10_000; i++) {
            assertThat(throttle.acquire(Channel.PDD, "app", "m").kind()).isEqualTo(ThrottleVerdict.Kind.ADMITTED);
        }
    }
}
