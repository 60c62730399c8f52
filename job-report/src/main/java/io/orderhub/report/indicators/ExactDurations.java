package io.orderhub.report.indicators;

import io.orderhub.report.health.DurationStats;
import java.util.Arrays;
import java.util.Optional;

/**
 * Durations in seconds kept as values, for the figures that are stored per day and never merged (paid → shipped
 * per shop and per fulfilment cell): exact mean and nearest-rank percentiles. A histogram per cell was measured at
 * about 1 ms of CPU each (HdrHistogram's packed form) with thousands of cells; a primitive array costs 8 bytes a value.
 */
final class ExactDurations implements DurationRecorder {

    private long[] values = new long[4];
    private int size;
    private long sumSeconds;

    @Override
    public boolean record(long seconds) {
        if (seconds < 0) {
            return false;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = seconds;
        sumSeconds += seconds;
        return true;
    }

    /** Count, mean, and the nearest-rank p50 and p95 (the smallest value with at least p % of them at or below). */
    Optional<DurationStats> stats() {
        if (size == 0) {
            return Optional.empty();
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return Optional.of(new DurationStats(size, (double) sumSeconds / size, rank(sorted, 50), rank(sorted, 95)));
    }

    private static long rank(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
