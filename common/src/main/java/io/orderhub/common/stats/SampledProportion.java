package io.orderhub.common.stats;

import java.util.Locale;
import java.util.Optional;

/**
 * A proportion measured on a sample: how many of {@code n} compared items matched, with the 95 % Wilson interval.
 * With no item compared the figure is "not measured" — never 0 % or 100 %.
 */
public record SampledProportion(long matches, long n) {

    public static final String NOT_MEASURED = "not measured";

    public SampledProportion {
        if (n < 0 || matches < 0 || matches > n) {
            throw new IllegalArgumentException("matches must lie in [0, n] and n must not be negative; was "
                    + matches + " of " + n);
        }
    }

    public boolean measured() {
        return n > 0;
    }

    /** matches ÷ n; empty when nothing was compared. */
    public Optional<Double> rate() {
        return measured() ? Optional.of((double) matches / n) : Optional.empty();
    }

    /** The 95 % Wilson score interval; empty when nothing was compared. */
    public Optional<WilsonInterval> interval95() {
        return measured() ? Optional.of(WilsonInterval.of95(matches, n)) : Optional.empty();
    }

    /** For people: {@code 96.0 % (48/50, 95 % CI 86.5–98.9 %)} or {@code not measured}. */
    public String describe() {
        if (!measured()) {
            return NOT_MEASURED;
        }
        WilsonInterval ci = WilsonInterval.of95(matches, n);
        return String.format(Locale.ROOT, "%.1f %% (%d/%d, 95 %% CI %.1f–%.1f %%)", 100.0 * matches / n, matches, n,
                100 * ci.low(), 100 * ci.high());
    }
}
