package io.orderhub.report.entry.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Set;

/**
 * Typed cells of an intake row, each failure a {@link RowRejected} naming the column and the reason. Dates are ISO
 * ({@code 2026-03-01}) or with slashes ({@code 2026/3/1}); times add {@code 08:30[:15]} after a space or 'T'.
 */
final class IntakeCells {

    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendPattern("yyyy[-][/]M[-][/]d").toFormatter(Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy[-][/]M[-][/]d").optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd().appendPattern("H:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final Set<String> TRUE = Set.of("1", "true", "yes", "y", "是", "已确认");
    private static final Set<String> FALSE = Set.of("0", "false", "no", "n", "否", "未确认");

    private IntakeCells() {
    }

    static String required(IntakeRow row, String column, int maxLength) throws RowRejected {
        String value = optional(row, column, maxLength);
        if (value == null) {
            throw new RowRejected(column, "is required");
        }
        return value;
    }

    static String optional(IntakeRow row, String column, int maxLength) throws RowRejected {
        String value = row.cell(column);
        if (value != null && value.length() > maxLength) {
            throw new RowRejected(column, "is longer than " + maxLength + " characters");
        }
        return value;
    }

    static BigDecimal decimal(IntakeRow row, String column) throws RowRejected {
        String value = row.cell(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new RowRejected(column, "is not a number");
        }
    }

    static Integer integer(IntakeRow row, String column) throws RowRejected {
        BigDecimal value = decimal(row, column);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new RowRejected(column, "is not a whole number");
        }
    }

    static LocalDate date(IntakeRow row, String column) throws RowRejected {
        String value = row.cell(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column, "is not a date (expected 2026-03-01)");
        }
    }

    static LocalDateTime dateTime(IntakeRow row, String column) throws RowRejected {
        String value = row.cell(column);
        if (value == null) {
            throw new RowRejected(column, "is required");
        }
        try {
            return LocalDateTime.parse(value, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column, "is not a date and time (expected 2026-03-01 08:30:00, GMT+8)");
        }
    }

    static boolean flag(IntakeRow row, String column) throws RowRejected {
        String value = row.cell(column);
        if (value == null) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (FALSE.contains(lower)) {
            return false;
        }
        throw new RowRejected(column, "is not a yes/no value (1/0, true/false, 是/否)");
    }

    static void sameCellCountAsHeader(IntakeRow row) throws RowRejected {
        String mismatch = row.cells().get(IntakeRow.CELL_COUNT_MISMATCH);
        if (mismatch != null) {
            throw new RowRejected("(row)", "has " + mismatch);
        }
    }
}
