package io.orderhub.sandbox.generator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** All four platforms speak GMT+8 text or Unix seconds. */
public final class SimTime {
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    public static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private SimTime() {
    }

    public static String text(long epochSecond) {
        return TEXT.format(local(epochSecond));
    }

    public static String date(long epochSecond) {
        return DATE.format(local(epochSecond));
    }

    public static LocalDateTime local(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, CHINA);
    }

    /** Parses {@code yyyy-MM-dd HH:mm:ss} (GMT+8) to Unix seconds; throws DateTimeParseException on bad text. */
    public static long parse(String text) {
        return LocalDateTime.parse(text.trim(), TEXT).toEpochSecond(CHINA);
    }

    public static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }
}
