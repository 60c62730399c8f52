package io.orderhub.report.file;

import io.orderhub.report.file.ReportTable.ReportColumn;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The value of one cell checked against its column's type, the same way for every file format: a value of the wrong
 * kind is a programming error in the table's producer, reported with the table, the row (1 = first data row), the
 * column and the reason, never written as something else.
 */
final class TypedCellValues {

    private TypedCellValues() {
    }

    /** INTEGER: a number without fraction. */
    static long whole(String table, long row, ReportColumn column, Object value) {
        Number number = number(table, row, column, value);
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw wrong(table, row, column, "expected a whole number, was " + d);
            }
            return (long) d;
        }
        if (number instanceof BigDecimal decimal) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException e) {
                throw wrong(table, row, column, "expected a whole number, was " + decimal.toPlainString());
            }
        }
        if (number instanceof BigInteger big && big.bitLength() > 63) {
            throw wrong(table, row, column, "the number does not fit 64 bits");
        }
        return number.longValue();
    }

    /** DECIMAL, PERCENT (a fraction), DURATION_SECONDS: any finite number. */
    static double decimal(String table, long row, ReportColumn column, Object value) {
        double d = number(table, row, column, value).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw wrong(table, row, column, "expected a finite number, was " + d);
        }
        return d;
    }

    static LocalDate date(String table, long row, ReportColumn column, Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        throw wrong(table, row, column, "expected a LocalDate, was " + value.getClass().getSimpleName());
    }

    static LocalDateTime dateTime(String table, long row, ReportColumn column, Object value) {
        if (value instanceof LocalDateTime dateTime) {
            return dateTime;
        }
        throw wrong(table, row, column, "expected a LocalDateTime, was " + value.getClass().getSimpleName());
    }

    /** TEXT: the value's text, neutralised against formula injection. */
    static String text(Object value) {
        return SpreadsheetCells.neutralise(value.toString());
    }

    /** A row with another number of cells than the table has columns. */
    static IllegalArgumentException wrongWidth(String table, long row, int cells, int columns) {
        return new IllegalArgumentException("report table " + table + ", row " + row + ": " + cells
                + " cell(s) for " + columns + " column(s)");
    }

    private static Number number(String table, long row, ReportColumn column, Object value) {
        if (value instanceof Number number) {
            return number;
        }
        throw wrong(table, row, column, "expected a number, was " + value.getClass().getSimpleName());
    }

    private static IllegalArgumentException wrong(String table, long row, ReportColumn column, String reason) {
        return new IllegalArgumentException("report table " + table + ", row " + row + ", column '" + column.header()
                + "' (" + column.type() + "): " + reason);
    }
}
