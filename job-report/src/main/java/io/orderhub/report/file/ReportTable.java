package io.orderhub.report.file;

import java.util.List;

/**
 * One table of a report as the file writers see it: a name (the XLSX sheet, the CSV file's stem), typed columns and
 * the rows, each a list of cell values in column order ({@code null} = empty cell). Rows are iterated once, so a
 * large table can stream from a cursor. Values by column type: TEXT any object (its {@code toString}), INTEGER a
 * {@link Number} without fraction, DECIMAL/PERCENT a {@link Number} (PERCENT as a fraction: 0.953 shows 95.3 %), DATE
 * a {@link java.time.LocalDate}, DATE_TIME a {@link java.time.LocalDateTime}, DURATION_SECONDS a {@link Number} of
 * seconds.
 */
public record ReportTable(String name, List<ReportColumn> columns, Iterable<? extends List<?>> rows) {

    public ReportTable {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a report table needs a name");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("report table " + name + " has no column");
        }
    }

    /** A column: its header as people read it and the type of its cells. */
    public record ReportColumn(String header, CellType type) {
    }

    public enum CellType {
        TEXT, INTEGER, DECIMAL, PERCENT, DATE, DATE_TIME, DURATION_SECONDS
    }
}
