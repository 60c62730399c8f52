package io.orderhub.sync.engine;

import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.WindowLimits;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a span of modified times into windows the platform accepts. The span starts at the cursor minus the
 * overlap (platform and our clocks disagree a little, and platforms index changes with a delay), never further
 * back than the platform serves, and ends a settle delay before now.
 */
public final class WindowPlanner {

    private final Duration settleDelay;
    private final Duration initialLookback;

    public WindowPlanner(Duration settleDelay, Duration initialLookback) {
        this.settleDelay = settleDelay;
        this.initialLookback = initialLookback;
    }

    /** The span an incremental run covers; empty when the shop is up to date. */
    public List<TimeWindow> incremental(LocalDateTime cursor, Duration overlap, LocalDateTime syncStartAt,
            WindowLimits limits, LocalDateTime now) {
        LocalDateTime start = cursor != null ? cursor.minus(overlap)
                : syncStartAt != null ? syncStartAt : now.minus(initialLookback);
        return split(start, now.minus(settleDelay), limits, now);
    }

    /** A backfill range, clipped to what the platform still serves. */
    public List<TimeWindow> backfill(TimeWindow range, WindowLimits limits, LocalDateTime now) {
        LocalDateTime end = range.to().isAfter(now.minus(settleDelay)) ? now.minus(settleDelay) : range.to();
        return split(range.from(), end, limits, now);
    }

    private static List<TimeWindow> split(LocalDateTime start, LocalDateTime end, WindowLimits limits,
            LocalDateTime now) {
        // A minute of margin: a window starting exactly at the platform's horizon is refused by some of them.
        LocalDateTime horizon = now.minus(limits.maxLookback()).plusMinutes(1);
        LocalDateTime from = start.isBefore(horizon) ? horizon : start;
        List<TimeWindow> windows = new ArrayList<>();
        while (from.isBefore(end)) {
            LocalDateTime to = from.plus(limits.maxWindow());
            if (to.isAfter(end)) {
                to = end;
            }
            windows.add(new TimeWindow(from, to));
            from = to;
        }
        return windows;
    }
}
