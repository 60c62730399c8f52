package io.orderhub.report.entry.intake;

import java.util.Map;

/**
 * One data row of an intake file: its line (CSV: the physical line it starts on; XLSX: the sheet's row number, both
 * counting the header as 1), the cells by header name, and the row as read, kept for the rejected-row record.
 */
public record IntakeRow(long lineNo, Map<String, String> cells, String raw) {

    /** A pseudo cell a reader sets when the row has more or fewer cells than the header (the value says how many). */
    public static final String CELL_COUNT_MISMATCH = "\u0000cells";

    /** The trimmed cell, {@code null} when absent or blank. */
    public String cell(String header) {
        String value = cells.get(header);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
