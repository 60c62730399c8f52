package io.orderhub.report.entry.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The full list of one day's findings as report rows, read in keyset pages of {@code pageSize} ordered by
 * {@code (entry_id, id)} (index {@code ix_entry_finding_list}): at most one page is in memory whatever the day's
 * count, no cursor stays open between pages (MariaDB's driver would otherwise read a whole result into memory), and
 * a reader that stops early (the HTML page) leaves nothing to close. Each iteration reads the table afresh.
 */
final class EntryFindingRows implements Iterable<List<?>> {

    static final int PAGE = 2_000;
    static final int COLUMNS = 11;

    private static final String FIRST_PAGE = """
            SELECT entry_id, source_name, entry_source, operator, sku_code, finding_type, severity, field,
                entered_value, suggestions, message, id FROM entry_finding WHERE entry_date = ?
            ORDER BY entry_id, id LIMIT ?""";
    private static final String NEXT_PAGE = """
            SELECT entry_id, source_name, entry_source, operator, sku_code, finding_type, severity, field,
                entered_value, suggestions, message, id FROM entry_finding
            WHERE entry_date = ? AND (entry_id > ? OR (entry_id = ? AND id > ?))
            ORDER BY entry_id, id LIMIT ?""";

    private final JdbcTemplate jdbc;
    private final LocalDate day;
    private final int pageSize;

    EntryFindingRows(JdbcTemplate jdbc, LocalDate day, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive (was " + pageSize + ")");
        }
        this.jdbc = jdbc;
        this.day = day;
        this.pageSize = pageSize;
    }

    @Override
    public Iterator<List<?>> iterator() {
        return new Pages();
    }

    private record Row(List<?> cells, String entryId, long id) {
    }

    private List<Row> page(Row after) {
        Date date = Date.valueOf(day);
        return after == null
                ? jdbc.query(FIRST_PAGE, (rs, n) -> row(rs), date, pageSize)
                : jdbc.query(NEXT_PAGE, (rs, n) -> row(rs), date, after.entryId(), after.entryId(), after.id(),
                        pageSize);
    }

    private static Row row(ResultSet rs) throws SQLException {
        List<Object> cells = new ArrayList<>(COLUMNS);
        for (int i = 1; i <= COLUMNS; i++) {
            cells.add(rs.getString(i));
        }
        return new Row(cells, rs.getString(1), rs.getLong(COLUMNS + 1));
    }

    /** Walks the pages; the next page is read when the current one is used up and was full. */
    private final class Pages implements Iterator<List<?>> {
        private List<Row> current = page(null);
        private int next;

        @Override
        public boolean hasNext() {
            if (next < current.size()) {
                return true;
            }
            if (current.size() < pageSize) {
                return false;
            }
            current = page(current.get(current.size() - 1));
            next = 0;
            return !current.isEmpty();
        }

        @Override
        public List<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.get(next++).cells();
        }
    }
}
