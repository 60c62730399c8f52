package io.orderhub.monitor.watch;

import java.time.Duration;

/** Durations the way an operator reads them in an alert: {@code 45s}, {@code 47m}, {@code 3h10m}, {@code 2d4h}. */
public final class AgeText {

    private AgeText() {
    }

    public static String of(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + "h" + (minutes % 60 == 0 ? "" : (minutes % 60) + "m");
        }
        return hours / 24 + "d" + (hours % 24 == 0 ? "" : (hours % 24) + "h");
    }
}
