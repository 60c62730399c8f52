package io.orderhub.sync.channel;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Reads the platforms' wall-clock text {@code yyyy-MM-dd HH:mm:ss}, optionally followed by a fraction or a zone
 * suffix that is ignored (the first 19 characters count). Strict: every position must be a digit or the expected
 * separator and the values must form a real date and time (no "Feb 30" rounded to Feb 28). Written by hand because
 * every order carries several of these and {@code DateTimeFormatter} parsing was a visible share of the sync's CPU.
 */
final class PlatformTimeText {

    private static final String SHAPE = "dddd-dd-dd dd:dd:dd";

    private PlatformTimeText() {
    }

    /** The time, or null when the text is not one. */
    static LocalDateTime parse(String text) {
        if (text.length() < SHAPE.length()) {
            return null;
        }
        for (int i = 0; i < SHAPE.length(); i++) {
            char expected = SHAPE.charAt(i);
            char actual = text.charAt(i);
            if (expected == 'd' ? actual < '0' || actual > '9' : actual != expected) {
                return null;
            }
        }
        try {
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
                    number(text, 11, 2), number(text, 14, 2), number(text, 17, 2));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
