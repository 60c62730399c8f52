package io.orderhub.sync.stress;

import java.util.Arrays;

/** Nearest-rank percentiles of lags in seconds. */
final class LagPercentiles {

    private final int[] sorted;

    LagPercentiles(int[] lags) {
        this.sorted = lags.clone();
        Arrays.sort(sorted);
    }

    Integer percentile(int p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    int count() {
        return sorted.length;
    }
}
