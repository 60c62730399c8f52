package io.orderhub.common.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * The suite's one retry policy: bounded attempts, exponential back-off (the base delay doubles per retry up to a
 * cap) with jitter (so callers that failed together do not come back together), which failures are worth another
 * attempt, and an optional budget for the whole operation (attempts and waits).
 *
 * <p>Each caller builds its own settings, e.g. the platform APIs
 * {@code RetryPolicy.attempts(5).backOff(200ms, 30s).jitter(0.5).build()}; a deadlocked transaction takes
 * {@link #DEADLOCK_VICTIM}. Callers whose retries happen in a later run (alerts, order events) only ask
 * {@link #delayBefore(int)} and {@link #canRetryAfter(int)}; callers retrying in place use {@link #run}.
 */
public final class RetryPolicy {

    /**
     * A transaction InnoDB picked as a deadlock victim, taken again: three transactions at most, the retries 20–100 ms
     * and 40–200 ms later (jittered, so two writers that deadlocked do not meet again at once). The sync's batches and
     * the operators' hold decisions use it.
     */
    public static final RetryPolicy DEADLOCK_VICTIM = attempts(3).backOff(Duration.ofMillis(100),
            Duration.ofMillis(200)).jitter(0.8)
            .retryOn(org.springframework.dao.PessimisticLockingFailureException.class).build();

    /** A unit of work that may fail with {@code E}. */
    @FunctionalInterface
    public interface Attempt<T, E extends Exception> {
        T call() throws E;
    }

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final double jitter;
    private final Predicate<? super Exception> retryable;
    private final Duration budget;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.maxDelay = builder.maxDelay;
        this.jitter = builder.jitter;
        this.retryable = builder.retryable;
        this.budget = builder.budget;
    }

    /** Starts a policy of at most {@code maxAttempts} attempts (the first call included). */
    public static Builder attempts(int maxAttempts) {
        return new Builder(maxAttempts);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration baseDelay() {
        return baseDelay;
    }

    public Duration maxDelay() {
        return maxDelay;
    }

    /** Whether another attempt is allowed after {@code attemptsMade} failed ones. */
    public boolean canRetryAfter(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    public boolean isRetryable(Exception failure) {
        return retryable.test(failure);
    }

    /**
     * Whether waiting out a wait hint (a platform's Retry-After or ban time) is worth it: one longer than
     * {@link #maxDelay} fails the operation instead of blocking a worker; the next run starts over.
     */
    public boolean worthWaiting(Duration hint) {
        return hint == null || hint.compareTo(maxDelay) <= 0;
    }

    /**
     * Delay before retry number {@code retry} (1 = the first retry): {@code baseDelay × 2^(retry-1)}, capped at
     * {@code maxDelay}, of which the {@code jitter} share is drawn at random (0.5: between half and the whole).
     */
    public Duration delayBefore(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry numbers start at 1, was " + retry);
        }
        long max = maxDelay.toMillis();
        long cap = baseDelay.toMillis();
        for (int i = 1; i < retry && cap < max; i++) {
            cap *= 2;
        }
        cap = Math.min(cap, max);
        // Rounded, not floored: 100 × (1 − 0.8) is 19.999… in doubles, and the lower bound is 20.
        long low = Math.round(cap * (1 - jitter));
        return Duration.ofMillis(low >= cap ? cap : ThreadLocalRandom.current().nextLong(low, cap + 1));
    }

    /** As {@link #delayBefore(int)}, but a wait hint, when there is one, is honoured with a quarter of it on top. */
    public Duration delayBefore(int retry, Duration hint) {
        Duration delay = delayBefore(retry);
        return hint == null ? delay : hint.plusMillis(delay.toMillis() / 4);
    }

    /** Runs {@code attempt} with real waits; see {@link #run(Attempt, Sleeper, Clock)}. */
    public <T, E extends Exception> T run(Attempt<T, E> attempt) throws E {
        return run(attempt, Sleeper.REAL, Clock.systemUTC());
    }

    /**
     * Calls {@code attempt} until it succeeds, fails with something not retryable, runs out of attempts, or the next
     * wait would overrun the budget; then the last failure is thrown as it is. An interrupt (of the attempt or while
     * waiting) stops at once with the last failure, the thread still interrupted.
     */
    @SuppressWarnings("unchecked")
    public <T, E extends Exception> T run(Attempt<T, E> attempt, Sleeper sleeper, Clock clock) throws E {
        Instant started = clock.instant();
        for (int attempts = 1; ; attempts++) {
            try {
                return attempt.call();
            } catch (Exception failure) {
                if (interrupted(failure) || !retryable.test(failure) || !canRetryAfter(attempts)) {
                    throw (E) failure;
                }
                Duration delay = delayBefore(attempts);
                if (budget != null && Duration.between(started, clock.instant()).plus(delay).compareTo(budget) > 0) {
                    throw (E) failure;
                }
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.addSuppressed(e);
                    throw (E) failure;
                }
            }
        }
    }

    /** An interrupt is a request to stop, never a failure worth another attempt. */
    private static boolean interrupted(Exception failure) {
        return failure instanceof InterruptedException || Thread.currentThread().isInterrupted();
    }

    @Override
    public String toString() {
        return "RetryPolicy[" + maxAttempts + " attempts, " + baseDelay + ".." + maxDelay + ", jitter " + jitter
                + (budget == null ? "" : ", budget " + budget) + "]";
    }

    public static final class Builder {

        private final int maxAttempts;
        private Duration baseDelay = Duration.ZERO;
        private Duration maxDelay = Duration.ZERO;
        private double jitter;
        private Predicate<? super Exception> retryable = failure -> true;
        private Duration budget;

        private Builder(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("at least one attempt, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
        }

        /**
         * First wait, doubled per retry up to {@code maxDelay} (a first wait above it is the maximum from the start).
         * Without it, retries follow at once.
         */
        public Builder backOff(Duration baseDelay, Duration maxDelay) {
            if (baseDelay.isNegative() || maxDelay.isNegative()) {
                throw new IllegalArgumentException("back-off delays must not be negative, was " + baseDelay + ".."
                        + maxDelay);
            }
            this.baseDelay = baseDelay.compareTo(maxDelay) > 0 ? maxDelay : baseDelay;
            this.maxDelay = maxDelay;
            return this;
        }

        /** Share of each wait drawn at random: 0 = exact doubling, 0.5 = between half and the whole, 1 = full. */
        public Builder jitter(double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("jitter is a share between 0 and 1, was " + share);
            }
            this.jitter = share;
            return this;
        }

        /** Which failures are worth another attempt (by default every exception). */
        public Builder retryOn(Predicate<? super Exception> retryable) {
            this.retryable = Objects.requireNonNull(retryable);
            return this;
        }

        /** Retries only failures of the given type (or its subtypes). */
        public Builder retryOn(Class<? extends Exception> type) {
            return retryOn(type::isInstance);
        }

        /** Gives up once attempts and waits so far plus the next wait would pass this. */
        public Builder budget(Duration budget) {
            if (budget.isNegative()) {
                throw new IllegalArgumentException("budget must not be negative, was " + budget);
            }
            this.budget = budget;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
