package io.orderhub.report.publish;

import io.orderhub.common.stats.SampledProportion;
import java.util.Locale;
import java.util.Optional;

/** Figures as the HTML page shows them to people; an absent figure reads "not measured", never 0. */
public final class Figures {

    private Figures() {
    }

    public static String percent(Optional<Double> fraction) {
        return fraction.map(f -> String.format(Locale.ROOT, "%.1f %%", 100 * f)).orElse(SampledProportion.NOT_MEASURED);
    }

    /** {@code 45 s}, {@code 12.5 min}, {@code 2.1 h}, {@code 3.2 d}. */
    public static String duration(Optional<? extends Number> seconds) {
        if (seconds.isEmpty()) {
            return SampledProportion.NOT_MEASURED;
        }
        double s = seconds.get().doubleValue();
        if (s < 60) {
            return String.format(Locale.ROOT, "%.0f s", s);
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%.1f min", s / 60);
        }
        if (s < 4 * 86_400) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600);
        }
        return String.format(Locale.ROOT, "%.1f d", s / 86_400);
    }
}
