package io.orderhub.common.time;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times as a person reads them (job logs, alerts, reports): GMT+8 wall clock, the zone of every platform and every
 * table, always followed by {@link #ZONE}, so that neither a reader elsewhere nor an executor or database running in
 * another zone can take it for local time.
 */
public final class ReadableTime {

    /** The marker after every time a person reads. */
    public static final String ZONE = "GMT+8";

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReadableTime() {
    }

    /** {@code 2026-11-11 09:40:00 GMT+8}; "none" for no time. */
    public static String of(LocalDateTime wallClock) {
        return wallClock == null ? "none" : SECONDS.format(wallClock) + " " + ZONE;
    }

    /** The instant as GMT+8 wall clock, marked. */
    public static String of(Instant instant) {
        return instant == null ? "none" : of(LocalDateTime.ofInstant(instant, OmsCommonAutoConfiguration.PLATFORM_ZONE));
    }

    /** A GMT+8 wall-clock time in a shorter form of the caller's ({@code 10:02}), marked. */
    public static String of(DateTimeFormatter form, LocalDateTime wallClock) {
        return form.format(wallClock) + " " + ZONE;
    }
}
