package io.orderhub.report.entry.audit;

import io.orderhub.report.entry.source.EntrySource;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail of a source without an audit table of its own: reads the source's entries of the last
 * {@code lookbackDays} days (edits happen in the days after entry), compares them with {@code entry_snapshot}
 * ({@link SnapshotDiff}), and writes the changes and the new snapshot in one transaction. Entries that fall out of
 * the window are not deletions: only snapshot rows inside the window are compared. The diff runs day by day (an entry
 * id, a hash and its fields of one day in memory: about 400 bytes an entry); an entry whose {@code entered_at} moved
 * to another day shows as a DELETE on the old day and an INSERT on the new one.
 */
public class SnapshotAuditTrail {

    private final JdbcTemplate jdbc;
    private final EntryAuditLog auditLog;
    private final TransactionTemplate transactions;

    public SnapshotAuditTrail(JdbcTemplate jdbc, EntryAuditLog auditLog, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    /**
     * Compares entries of {@code [firstDay, lastDay]} with the last snapshot, one day at a time (memory holds one
     * day's snapshot); returns how many changes of each kind were written.
     */
    public Map<AuditChange.Kind, Long> compare(EntrySource source, LocalDate firstDay, LocalDate lastDay,
            LocalDateTime takenAt) {
        Map<AuditChange.Kind, Long> counts = new EnumMap<>(AuditChange.Kind.class);
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            compareDay(source, day, takenAt).forEach(change -> counts.merge(change.kind(), 1L, Long::sum));
        }
        return counts;
    }

    private List<AuditChange> compareDay(EntrySource source, LocalDate day, LocalDateTime takenAt) {
        SnapshotDiff diff = new SnapshotDiff(source.name(), previous(source.name(), day, day), takenAt);
        source.read(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), diff::accept);
        List<AuditChange> changes = diff.changes();
        transactions.executeWithoutResult(tx -> {
            auditLog.write(changes);
            store(source.name(), diff.rowsToStore(), takenAt);
            remove(source.name(), diff.deleted());
        });
        return changes;
    }

    private Map<String, SnapshotRow> previous(String sourceName, LocalDate firstDay, LocalDate lastDay) {
        Map<String, SnapshotRow> rows = new HashMap<>();
        jdbc.query("""
                SELECT entry_id, entry_date, row_hash, field_values FROM entry_snapshot
                WHERE source_name = ? AND entry_date BETWEEN ? AND ?""", row -> {
                    rows.put(row.getString(1), new SnapshotRow(row.getString(1), row.getDate(2).toLocalDate(),
                            row.getString(3), row.getString(4)));
                }, sourceName, Date.valueOf(firstDay), Date.valueOf(lastDay));
        return rows;
    }

    private void store(String sourceName, List<SnapshotRow> rows, LocalDateTime takenAt) {
        jdbc.batchUpdate("""
                INSERT INTO entry_snapshot (source_name, entry_id, entry_date, row_hash, field_values, taken_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE entry_date = VALUES(entry_date), row_hash = VALUES(row_hash),
                    field_values = VALUES(field_values), taken_at = VALUES(taken_at)""", rows, 500, (ps, r) -> {
                    ps.setString(1, sourceName);
                    ps.setString(2, r.entryId());
                    ps.setDate(3, Date.valueOf(r.entryDate()));
                    ps.setString(4, r.rowHash());
                    ps.setString(5, r.fieldValues());
                    ps.setTimestamp(6, Timestamp.valueOf(takenAt));
                });
    }

    private void remove(String sourceName, List<SnapshotRow> rows) {
        jdbc.batchUpdate("DELETE FROM entry_snapshot WHERE source_name = ? AND entry_id = ?", rows, 500,
                (ps, r) -> {
                    ps.setString(1, sourceName);
                    ps.setString(2, r.entryId());
                });
    }
}
