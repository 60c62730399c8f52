package io.orderhub.sync.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(5));

    @RepeatedTest(20)
    void backoffGrowsWithJitterAndIsCapped() {
        assertThat(policy.delayBefore(1, null)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(policy.delayBefore(3, null)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
        assertThat(policy.delayBefore(20, null)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
    }

    @Test
    void thePlatformsHintIsHonouredWithALittleJitterOnTop() {
        assertThat(policy.delayBefore(1, Duration.ofSeconds(2))).isBetween(Duration.ofSeconds(2),
                Duration.ofMillis(2050));
    }

    @Test
    void aBanLongerThanTheBudgetIsNotWaitedFor() {
        assertThat(policy.worthWaiting(Duration.ofSeconds(5))).isTrue();
        assertThat(policy.worthWaiting(Duration.ofSeconds(300))).isFalse();
        assertThat(policy.worthWaiting(null)).isTrue();
    }
}
