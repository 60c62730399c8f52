package io.orderhub.monitor.consistency.source;

import io.orderhub.common.order.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The kinds of value a source column holds, each with the one way its text is read. */
public enum ColumnType {
    /** A channel name: TAOBAO, JD, DOUYIN, PDD. */
    CHANNEL {
        @Override
        Object parse(String text) {
            try {
                return Channel.valueOf(text.toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a channel (TAOBAO, JD, DOUYIN, PDD)");
            }
        }
    },
    /** Text; its length and allowed values are the column's ({@link SourceColumn#misfit}). */
    TEXT {
        @Override
        Object parse(String text) {
            return text;
        }
    },
    /** Yuan with at most two decimals ({@code 12.30}), not negative. */
    MONEY {
        @Override
        Object parse(String text) {
            BigDecimal value = decimal(text);
            if (value.signum() < 0) {
                throw new IllegalArgumentException("negative amount");
            }
            if (value.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("more than two decimals (yuan to the fen)");
            }
            if (value.precision() - value.scale() > 12) {
                throw new IllegalArgumentException("too large");
            }
            return value.setScale(2);
        }
    },
    /** A fraction such as 0.0910, at most four decimals, 0..1. */
    RATE {
        @Override
        Object parse(String text) {
            BigDecimal value = decimal(text);
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("rate must be between 0 and 1");
            }
            if (value.stripTrailingZeros().scale() > 4) {
                throw new IllegalArgumentException("more than four decimals");
            }
            return value.setScale(4);
        }
    },
    INTEGER {
        @Override
        Object parse(String text) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a whole number");
            }
        }
    },
    /** true/false or 1/0. */
    FLAG {
        @Override
        Object parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "1" -> Boolean.TRUE;
                case "false", "0" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not true/false or 1/0");
            };
        }
    },
    /** ISO date, {@code 2026-11-25}. */
    DATE {
        @Override
        Object parse(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date like 2026-11-25");
            }
        }
    },
    /** GMT+8 wall clock, {@code 2026-11-25T10:30:00} or {@code 2026-11-25 10:30:00}. */
    DATE_TIME {
        @Override
        Object parse(String text) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a GMT+8 time like 2026-11-25 10:30:00");
            }
        }
    };

    /** The value of a non-blank text; throws with the reason (never the value: it may be anything). */
    abstract Object parse(String text);

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal number");
        }
    }
}
