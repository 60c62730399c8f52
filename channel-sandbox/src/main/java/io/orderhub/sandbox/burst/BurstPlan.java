package io.orderhub.sandbox.burst;

import io.orderhub.sandbox.Channel;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An "11.11 peak": steps of wall-clock time, each creating new orders at a fixed rate <b>per shop</b>, in order. An
 * empty {@code channels} set means all channels.
 *
 * <pre>{@code
 * BurstPlan.of(new Step(Duration.ofMinutes(1), 600), new Step(Duration.ofMinutes(1), 1200)).onlyFor(Channel.PDD)
 * }</pre>
 */
public record BurstPlan(List<Step> steps, Set<Channel> channels) {

    public BurstPlan {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("a burst needs at least one step");
        }
        steps = List.copyOf(steps);
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    /** {@code length} of wall-clock time at {@code ordersPerMinute} new orders per shop. */
    public record Step(Duration length, int ordersPerMinute) {
        public Step {
            if (length == null || length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a burst step needs a positive length: " + length);
            }
            if (ordersPerMinute < 0) {
                throw new IllegalArgumentException("ordersPerMinute must be ≥ 0: " + ordersPerMinute);
            }
        }
    }

    public static BurstPlan of(Step... steps) {
        return new BurstPlan(List.of(steps), Set.of());
    }

    public BurstPlan onlyFor(Channel... only) {
        return new BurstPlan(steps, Set.of(only));
    }

    public boolean appliesTo(Channel channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    public Duration length() {
        return steps.stream().map(Step::length).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Orders per shop the plan has created after {@code elapsedMillis}: each step contributes its rate times the
     * part of it that has elapsed, summed before rounding down, so the running total never jumps back.
     */
    public long ordersPerShopAfter(long elapsedMillis) {
        long stepStart = 0;
        long orderMillis = 0;
        for (Step step : steps) {
            long length = step.length().toMillis();
            long inStep = Math.max(0, Math.min(length, elapsedMillis - stepStart));
            orderMillis += inStep * step.ordersPerMinute();
            stepStart += length;
        }
        return orderMillis / 60_000;
    }
}
