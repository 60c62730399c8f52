package io.orderhub.report.entry.report;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryCheck;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import io.orderhub.report.entry.source.EntrySource;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks one day's entries of every source through {@link EntryCheck}: entries stream from the source and are checked
 * in chunks of {@value #BATCH} ({@link EntryCheck#checkAll}: one order-line read per chunk, not per entry), their
 * findings written as each chunk is checked, so memory does not grow with the day. The day's earlier findings and
 * operator counts are replaced (a rerun or a retaken claim starts clean). Each day is checked with
 * {@link EntryCheck#refreshed()}: the SKU master as it is when the day's check starts.
 */
public class EntryDayCheck {

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final EntryCheck check;

    public EntryDayCheck(JdbcTemplate jdbc, EntryCheck check) {
        this.jdbc = jdbc;
        this.check = check;
    }

    public DayResult check(LocalDate day, List<EntrySource> sources, LocalDateTime now) {
        jdbc.update("DELETE FROM entry_finding WHERE entry_date = ?", Date.valueOf(day));
        jdbc.update("DELETE FROM entry_operator_count WHERE entry_date = ?", Date.valueOf(day));
        DayResult result = new DayResult(day);
        EntryCheck dayCheck = check.refreshed();
        for (EntrySource source : sources) {
            Map<String, Integer> perOperator = new HashMap<>();
            List<Entry> chunk = new ArrayList<>(BATCH);
            List<Found> batch = new ArrayList<>();
            source.read(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), entry -> {
                result.entries++;
                perOperator.merge(operatorOf(entry), 1, Integer::sum);
                chunk.add(entry);
                if (chunk.size() == BATCH) {
                    checkChunk(dayCheck, chunk, batch, result);
                    write(day, source.name(), batch, now);
                }
            });
            checkChunk(dayCheck, chunk, batch, result);
            write(day, source.name(), batch, now);
            writeCounts(day, source.name(), perOperator);
        }
        return result;
    }

    /** Checks a chunk in one call (the rules read its order lines at once) and empties it into {@code batch}. */
    private static void checkChunk(EntryCheck dayCheck, List<Entry> chunk, List<Found> batch, DayResult result) {
        if (chunk.isEmpty()) {
            return;
        }
        List<List<EntryFinding>> found = dayCheck.checkAll(chunk);
        for (int i = 0; i < chunk.size(); i++) {
            List<EntryFinding> findings = found.get(i);
            result.entriesWithFindings += findings.isEmpty() ? 0 : 1;
            for (EntryFinding finding : findings) {
                batch.add(new Found(chunk.get(i), finding));
                result.byType.merge(finding.type(), 1L, Long::sum);
                result.findings++;
            }
        }
        chunk.clear();
    }

    static String operatorOf(Entry entry) {
        return entry.operator() == null || entry.operator().isBlank() ? "(none)" : entry.operator();
    }

    private void write(LocalDate day, String sourceName, List<Found> batch, LocalDateTime now) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO entry_finding (entry_date, entry_id, source_name, entry_source, operator, sku_code,
                    finding_type, field, entered_value, suggestions, severity, message, found_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(), (ps, f) -> {
                    ps.setDate(1, Date.valueOf(day));
                    ps.setString(2, f.entry().entryId());
                    ps.setString(3, sourceName);
                    ps.setString(4, clip(f.entry().source(), 32));
                    ps.setString(5, operatorOf(f.entry()));
                    ps.setString(6, clip(f.entry().skuCode(), 64));
                    ps.setString(7, f.finding().type().name());
                    ps.setString(8, clip(f.finding().field(), 64));
                    ps.setString(9, clip(f.finding().enteredValue(), 255));
                    ps.setString(10, clip(String.join(", ", f.finding().suggestions()), 500));
                    ps.setString(11, f.finding().severity().name());
                    ps.setString(12, clip(f.finding().message(), 500));
                    ps.setTimestamp(13, Timestamp.valueOf(now));
                });
        batch.clear();
    }

    private void writeCounts(LocalDate day, String sourceName, Map<String, Integer> perOperator) {
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(perOperator.entrySet());
        jdbc.batchUpdate("""
                INSERT INTO entry_operator_count (entry_date, source_name, operator, entry_count) VALUES (?, ?, ?, ?)""",
                rows, BATCH, (ps, row) -> {
                    ps.setDate(1, Date.valueOf(day));
                    ps.setString(2, sourceName);
                    ps.setString(3, clip(row.getKey(), 64));
                    ps.setInt(4, row.getValue());
                });
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private record Found(Entry entry, EntryFinding finding) {
    }

    /** What one day's check found. */
    public static final class DayResult {
        private final LocalDate day;
        private long entries;
        private long findings;
        private long entriesWithFindings;
        private final Map<EntryFindingType, Long> byType = new EnumMap<>(EntryFindingType.class);

        DayResult(LocalDate day) {
            this.day = day;
        }

        public LocalDate day() {
            return day;
        }

        public long entries() {
            return entries;
        }

        public long findings() {
            return findings;
        }

        /** Entries with at least one finding, counted as they are checked (no list of ids kept). */
        public long entriesWithFindings() {
            return entriesWithFindings;
        }

        public Map<EntryFindingType, Long> byType() {
            return byType;
        }
    }
}
