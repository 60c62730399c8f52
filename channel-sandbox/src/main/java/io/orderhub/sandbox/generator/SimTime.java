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

    /** {@code yyyy-MM-dd HH:mm:ss} in GMT+8; written by hand (every order served carries several). */
    public static String text(long epochSecond) {
        LocalDateTime t = local(epochSecond);
        char[] c = new char[19];
        digits(c, 0, t.getYear(), 4);
        c[4] = '-';
        digits(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, t.getDayOfMonth(), 2);
        c[10] = ' ';
        digits(c, 11, t.getHour(), 2);
        c[13] = ':';
        digits(c, 14, t.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, t.getSecond(), 2);
        return new String(c);
    }

    public static String date(long epochSecond) {
        return text(epochSecond).substring(0, 10);
    }

    private static void digits(char[] c, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
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
