package io.orderhub.report.entry.report;

import io.orderhub.report.file.ReportTable;
import io.orderhub.report.file.ReportTable.CellType;
import io.orderhub.report.file.ReportTable.ReportColumn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables of one day's entry-error report, from {@code entry_finding}, {@code entry_operator_count} and
 * {@code entry_audit}: by type, by operator (against the operator's entry count, for training), by SKU, by source,
 * the 30-day trend, corrections after the fact, and the full list with suggestions. The same tables feed the HTML
 * page and the XLSX/CSV files. All but the full list are aggregates (small); the full list streams.
 */
public class EntryReportTables {

    static final int TREND_DAYS = 30;
    static final String TREND = "trend_30_days";
    static final int TOP_SKUS = 200;
    static final int CORRECTIONS_LISTED = 5000;

    private final JdbcTemplate jdbc;

    public EntryReportTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportTable> of(LocalDate day) {
        return List.of(byType(day), byOperator(day), bySku(day), bySource(day), trend(day), corrections(day),
                findings(day));
    }

    ReportTable byType(LocalDate day) {
        return table("by_type", columns("error type", CellType.TEXT, "findings", CellType.INTEGER,
                "entries affected", CellType.INTEGER), """
                SELECT finding_type, COUNT(*), COUNT(DISTINCT entry_id) FROM entry_finding WHERE entry_date = ?
                GROUP BY finding_type ORDER BY COUNT(*) DESC, finding_type""", day);
    }

    ReportTable byOperator(LocalDate day) {
        List<List<?>> rows = jdbc.query("""
                SELECT c.operator, SUM(c.entry_count),
                    (SELECT COUNT(DISTINCT f.entry_id) FROM entry_finding f
                     WHERE f.entry_date = c.entry_date AND f.operator = c.operator),
                    (SELECT f.finding_type FROM entry_finding f WHERE f.entry_date = c.entry_date
                     AND f.operator = c.operator GROUP BY f.finding_type ORDER BY COUNT(*) DESC, f.finding_type
                     LIMIT 1)
                FROM entry_operator_count c WHERE c.entry_date = ? GROUP BY c.entry_date, c.operator""",
                (row, n) -> {
                    long entries = row.getLong(2);
                    long wrong = row.getLong(3);
                    return Arrays.asList(row.getString(1), entries, wrong, rate(wrong, entries), row.getString(4));
                }, Date.valueOf(day));
        List<List<?>> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> ((BigDecimal) b.get(3)).compareTo((BigDecimal) a.get(3)));
        return new ReportTable("by_operator", columns("operator", CellType.TEXT, "entries", CellType.INTEGER,
                "entries with errors", CellType.INTEGER, "error rate", CellType.PERCENT, "most frequent error",
                CellType.TEXT), sorted);
    }

    ReportTable bySku(LocalDate day) {
        return table("by_sku", columns("SKU code", CellType.TEXT, "findings", CellType.INTEGER, "operators",
                CellType.INTEGER), """
                SELECT COALESCE(sku_code, '(empty)'), COUNT(*), COUNT(DISTINCT operator) FROM entry_finding
                WHERE entry_date = ? GROUP BY COALESCE(sku_code, '(empty)') ORDER BY COUNT(*) DESC, 1
                LIMIT %d""".formatted(TOP_SKUS), day);
    }

    ReportTable bySource(LocalDate day) {
        return table("by_source", columns("source", CellType.TEXT, "entry kind", CellType.TEXT, "findings",
                CellType.INTEGER), """
                SELECT source_name, COALESCE(entry_source, '(empty)'), COUNT(*) FROM entry_finding
                WHERE entry_date = ? GROUP BY source_name, COALESCE(entry_source, '(empty)')
                ORDER BY COUNT(*) DESC, 1, 2""", day);
    }

    ReportTable trend(LocalDate day) {
        LocalDate first = day.minusDays(TREND_DAYS - 1L);
        List<List<?>> rows = jdbc.query("""
                SELECT d.entry_date, d.entries,
                    (SELECT COUNT(*) FROM entry_finding f WHERE f.entry_date = d.entry_date),
                    (SELECT COUNT(DISTINCT f.entry_id) FROM entry_finding f WHERE f.entry_date = d.entry_date)
                FROM (SELECT entry_date, SUM(entry_count) AS entries FROM entry_operator_count
                      WHERE entry_date BETWEEN ? AND ? GROUP BY entry_date) d ORDER BY d.entry_date""",
                (row, n) -> Arrays.asList(row.getDate(1).toLocalDate(), row.getLong(2), row.getLong(3),
                        rate(row.getLong(4), row.getLong(2))), Date.valueOf(first), Date.valueOf(day));
        return new ReportTable(TREND, columns("day", CellType.DATE, "entries", CellType.INTEGER, "findings",
                CellType.INTEGER, "entries with errors", CellType.PERCENT), rows);
    }

    ReportTable corrections(LocalDate day) {
        List<List<?>> rows = jdbc.query("""
                SELECT a.changed_at, a.entry_id, a.change_kind, a.field, a.old_value, a.new_value, a.changed_by,
                    a.origin, (SELECT COUNT(*) FROM entry_finding f WHERE f.entry_id = a.entry_id)
                FROM entry_audit a WHERE a.change_kind IN ('UPDATE', 'DELETE') AND a.changed_at >= ?
                    AND a.changed_at < ? ORDER BY a.changed_at, a.id LIMIT %d""".formatted(CORRECTIONS_LISTED),
                (row, n) -> Arrays.asList(row.getTimestamp(1).toLocalDateTime(), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                        row.getLong(9) > 0 ? "yes" : "no"),
                Timestamp.valueOf(day.atStartOfDay()), Timestamp.valueOf(day.plusDays(2).atStartOfDay()));
        return new ReportTable("corrections", columns("changed at (GMT+8)", CellType.DATE_TIME, "entry",
                CellType.TEXT, "change", CellType.TEXT, "field", CellType.TEXT, "from", CellType.TEXT, "to",
                CellType.TEXT, "by", CellType.TEXT, "learned from", CellType.TEXT, "entry had a finding",
                CellType.TEXT), rows);
    }

    /** The full list, streamed from {@code entry_finding} in pages ({@link EntryFindingRows}), never held whole. */
    ReportTable findings(LocalDate day) {
        return new ReportTable("findings", columns("entry", CellType.TEXT, "source", CellType.TEXT, "entry kind",
                CellType.TEXT, "operator", CellType.TEXT, "SKU code", CellType.TEXT, "error type", CellType.TEXT,
                "severity", CellType.TEXT, "field", CellType.TEXT, "entered", CellType.TEXT, "suggestions",
                CellType.TEXT, "message", CellType.TEXT), new EntryFindingRows(jdbc, day, EntryFindingRows.PAGE));
    }

    private ReportTable table(String name, List<ReportColumn> columns, String sql, LocalDate day) {
        int width = columns.size();
        List<List<?>> rows = jdbc.query(sql, (row, n) -> {
            List<Object> cells = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                cells.add(columns.get(i - 1).type() == CellType.INTEGER ? (Object) row.getLong(i) : row.getString(i));
            }
            return cells;
        }, Date.valueOf(day));
        return new ReportTable(name, columns, rows);
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static List<ReportColumn> columns(Object... headerAndType) {
        List<ReportColumn> columns = new ArrayList<>();
        for (int i = 0; i < headerAndType.length; i += 2) {
            columns.add(new ReportColumn((String) headerAndType[i], (CellType) headerAndType[i + 1]));
        }
        return columns;
    }
}
