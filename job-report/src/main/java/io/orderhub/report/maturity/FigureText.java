package io.orderhub.report.maturity;

import java.time.Duration;
import java.util.Locale;

/** How the maturity figures and thresholds read: percentages with one decimal, counts, durations in d/h/m/s. */
final class FigureText {

    private FigureText() {
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    static String share(long part, long whole, String of) {
        return percent((double) part / whole) + " (" + part + " of " + whole + " " + of + ")";
    }

    static String perTenThousand(double value) {
        return String.format(Locale.ROOT, "%.2f per 10,000 orders", value);
    }

    static String duration(Duration duration) {
        return duration(duration.toSeconds());
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append("d ");
        }
        if (hours > 0) {
            out.append(hours).append("h ");
        }
        if (minutes > 0 && days == 0) {
            out.append(minutes).append("m ");
        }
        return out.toString().strip();
    }
}
