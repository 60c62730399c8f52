package io.orderhub.common.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.testing.MutableClock;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;

class RetryPolicyTest {

    private final RetryPolicy halfJitter = RetryPolicy.attempts(5).backOff(Duration.ofMillis(200), Duration.ofSeconds(5))
            .jitter(0.5).build();

    /** A test clock whose sleeps pass at once: each wait is recorded and moves the clock on by its length. */
    private static final class SleepingClock {
        final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        final List<Duration> sleeps = new ArrayList<>();
        final Sleeper sleeper = duration -> {
            sleeps.add(duration);
            clock.advance(duration);
        };
    }

    @RepeatedTest(20)
    void halfJitteredBackOffDoublesPerRetryStaysWithinItsBoundsAndIsCapped() {
        assertThat(halfJitter.delayBefore(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(halfJitter.delayBefore(3)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
        assertThat(halfJitter.delayBefore(20)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
    }

    @RepeatedTest(20)
    void fullJitterMayWaitAnythingUpToTheCap() {
        RetryPolicy full = RetryPolicy.attempts(3).backOff(Duration.ofMillis(20), Duration.ofMillis(200)).jitter(1)
                .build();
        assertThat(full.delayBefore(2)).isBetween(Duration.ZERO, Duration.ofMillis(40));
    }

    @Test
    void withoutJitterTheWaitDoublesExactlyUpToTheCap() {
        RetryPolicy exact = RetryPolicy.attempts(3).backOff(Duration.ofSeconds(30), Duration.ofMinutes(10)).build();
        assertThat(exact.delayBefore(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(exact.delayBefore(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(exact.delayBefore(10)).isEqualTo(Duration.ofMinutes(10));
        assertThat(exact.delayBefore(100)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aWaitHintIsHonouredWithALittleJitterOnTop() {
        assertThat(halfJitter.delayBefore(1, Duration.ofSeconds(2))).isBetween(Duration.ofSeconds(2),
                Duration.ofMillis(2050));
    }

    @Test
    void aHintLongerThanTheMaximumDelayIsNotWaitedFor() {
        assertThat(halfJitter.worthWaiting(Duration.ofSeconds(5))).isTrue();
        assertThat(halfJitter.worthWaiting(Duration.ofSeconds(300))).isFalse();
        assertThat(halfJitter.worthWaiting(null)).isTrue();
    }

    @Test
    void runRetriesUntilTheAttemptSucceeds() throws IOException {
        SleepingClock clock = new SleepingClock();
        AtomicInteger calls = new AtomicInteger();
        String result = halfJitter.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new IOException("connection reset");
            }
            return "ok";
        }, clock.sleeper, clock.clock);
        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(3);
        assertThat(clock.sleeps).hasSize(2);
    }

    @Test
    void runGivesUpAfterMaxAttemptsWithTheLastFailure() {
        SleepingClock clock = new SleepingClock();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> halfJitter.run(() -> {
            throw new IOException("attempt " + calls.incrementAndGet());
        }, clock.sleeper, clock.clock)).isInstanceOf(IOException.class).hasMessage("attempt 5");
        assertThat(clock.sleeps).hasSize(4);
    }

    @Test
    void aFailureThatIsNotRetryableIsNotRetried() {
        RetryPolicy onlyIo = RetryPolicy.attempts(5).backOff(Duration.ofMillis(10), Duration.ofMillis(100))
                .retryOn(IOException.class).build();
        SleepingClock clock = new SleepingClock();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> onlyIo.run(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("refused");
        }, clock.sleeper, clock.clock)).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(1);
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void theBudgetStopsRetriesWhoseWaitWouldOverrunIt() {
        RetryPolicy budgeted = RetryPolicy.attempts(10).backOff(Duration.ofSeconds(1), Duration.ofSeconds(60))
                .budget(Duration.ofSeconds(5)).build();
        SleepingClock clock = new SleepingClock();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> budgeted.run(() -> {
            calls.incrementAndGet();
            throw new IOException("down");
        }, clock.sleeper, clock.clock)).isInstanceOf(IOException.class);
        // waits 1 s and 2 s fit in 5 s; the third (4 s) would end at 7 s
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(calls).hasValue(3);
    }

    @Test
    void anInterruptWhileWaitingStopsWithTheLastFailureAndKeepsTheFlag() {
        AtomicInteger calls = new AtomicInteger();
        try {
            assertThatThrownBy(() -> halfJitter.run(() -> {
                calls.incrementAndGet();
                throw new IOException("down");
            }, duration -> {
                throw new InterruptedException();
            }, Clock.systemUTC())).isInstanceOf(IOException.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).hasOnlyElementsOfType(InterruptedException.class));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(calls).hasValue(1);
    }

    @RepeatedTest(200) // the lowest draw (20 ms) came out as 19 ms in 2 of 10 runs before the bound was rounded
    void aDeadlockedWriteIsTriedThreeTimesWaitingBetween20And200Milliseconds() {
        RetryPolicy deadlocks = RetryPolicy.attempts(3).backOff(Duration.ofMillis(100), Duration.ofMillis(200))
                .jitter(0.8).retryOn(PessimisticLockingFailureException.class).build();
        SleepingClock clock = new SleepingClock();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> deadlocks.run(() -> {
            calls.incrementAndGet();
            throw new PessimisticLockingFailureException("Deadlock found when trying to get lock");
        }, clock.sleeper, clock.clock)).isInstanceOf(PessimisticLockingFailureException.class);
        assertThat(calls).hasValue(3);
        assertThat(clock.sleeps).hasSize(2).allSatisfy(wait -> assertThat(wait)
                .isBetween(Duration.ofMillis(20), Duration.ofMillis(200)));
    }

    @Test
    void anInterruptedAttemptIsNotRetried() {
        SleepingClock clock = new SleepingClock();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> halfJitter.run(() -> {
            calls.incrementAndGet();
            throw new InterruptedException("stop");
        }, clock.sleeper, clock.clock)).isInstanceOf(InterruptedException.class);
        assertThat(calls).hasValue(1);
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> RetryPolicy.attempts(0)).hasMessageContaining("at least one attempt");
        assertThatThrownBy(() -> RetryPolicy.attempts(2).jitter(1.5)).hasMessageContaining("jitter");
        assertThatThrownBy(() -> RetryPolicy.attempts(2).backOff(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .hasMessageContaining("must not be negative");
    }

    @Test
    void aFirstWaitAboveTheMaximumWaitsTheMaximum() {
        RetryPolicy inverted = RetryPolicy.attempts(3).backOff(Duration.ofMinutes(20), Duration.ofMinutes(10)).build();
        assertThat(inverted.delayBefore(1)).isEqualTo(Duration.ofMinutes(10));
        assertThat(inverted.delayBefore(2)).isEqualTo(Duration.ofMinutes(10));
    }
}
