package io.orderhub.report.health;

/** Durations of a set of orders in seconds: how many, their mean, median and 95th percentile. */
public record DurationStats(long count, double meanSeconds, long p50Seconds, long p95Seconds) {

    public DurationStats {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive; was " + count);
        }
    }
}
