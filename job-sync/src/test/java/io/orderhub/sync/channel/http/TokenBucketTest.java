package io.orderhub.sync.channel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstOfOneSpacesCallsEvenly() {
        TokenBucket bucket = new TokenBucket(5, 1, 0);

        assertThat(bucket.reserve(0)).isZero();
        assertThat(bucket.reserve(0)).isEqualTo(SECOND / 5);
        assertThat(bucket.reserve(0)).isEqualTo(2 * SECOND / 5);
    }

    @Test
    void theBurstIsServedAtOnceThenTheRate() {
        TokenBucket bucket = new TokenBucket(10, 3, 0);

        assertThat(bucket.reserve(0)).isZero();
        assertThat(bucket.reserve(0)).isZero();
        assertThat(bucket.reserve(0)).isZero();
        assertThat(bucket.reserve(0)).isEqualTo(SECOND / 10);
    }

    @Test
    void idleTimeRefillsNoMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(10, 2, 0);
        bucket.reserve(0);
        bucket.reserve(0);

        long later = 60 * SECOND;
        assertThat(bucket.reserve(later)).isZero();
        assertThat(bucket.reserve(later)).isZero();
        assertThat(bucket.reserve(later)).isPositive();
    }

    @Test
    void aPauseHoldsEveryCallerBack() {
        TokenBucket bucket = new TokenBucket(10, 10, 0);

        bucket.pause(Duration.ofSeconds(2), 0);

        assertThat(bucket.reserve(0)).isGreaterThanOrEqualTo(2 * SECOND);
    }

    @Test
    void aRateOrBurstThatCannotWorkIsRefused() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).hasMessageContaining("rate must be > 0");
    }
}
