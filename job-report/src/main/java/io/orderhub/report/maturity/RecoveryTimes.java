package io.orderhub.report.maturity;

import io.orderhub.report.health.DurationStats;
import java.util.Arrays;
import java.util.Optional;

/** Recovery times in seconds, summarised by count, mean and nearest-rank percentiles; none recorded: empty. */
final class RecoveryTimes {

    private long[] seconds = new long[16];
    private int count;

    void add(long value) {
        if (count == seconds.length) {
            seconds = Arrays.copyOf(seconds, count * 2);
        }
        seconds[count++] = Math.max(0, value);
    }

    Optional<DurationStats> stats() {
        if (count == 0) {
            return Optional.empty();
        }
        long[] sorted = Arrays.copyOf(seconds, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow();
        return Optional.of(new DurationStats(count, mean, nearestRank(sorted, 0.50), nearestRank(sorted, 0.95)));
    }

    /** The smallest value with at least {@code quantile} of the values at or below it. */
    private static long nearestRank(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
