package io.orderhub.report.entry.audit;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes {@code entry_audit}. Idempotent: each change has a key over its content ({@link AuditChange#changeKey()}),
 * so a source audit table read twice or a snapshot diff repeated after a crash adds no line twice.
 */
public class EntryAuditLog {

    private static final int BATCH = 500;
    private final JdbcTemplate jdbc;

    public EntryAuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(List<AuditChange> changes) {
        for (int from = 0; from < changes.size(); from += BATCH) {
            List<AuditChange> batch = changes.subList(from, Math.min(changes.size(), from + BATCH));
            jdbc.batchUpdate("""
                    INSERT IGNORE INTO entry_audit (change_key, entry_id, source, change_kind, field, old_value,
                        new_value, changed_by, changed_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    batch, batch.size(), (ps, c) -> {
                        ps.setString(1, c.changeKey());
                        ps.setString(2, c.entryId());
                        ps.setString(3, c.source());
                        ps.setString(4, c.kind().name());
                        ps.setString(5, c.field());
                        ps.setString(6, clip(c.oldValue()));
                        ps.setString(7, clip(c.newValue()));
                        ps.setString(8, c.changedBy());
                        ps.setTimestamp(9, Timestamp.valueOf(c.changedAt()));
                        ps.setString(10, c.origin().name());
                    });
        }
    }

    private static String clip(String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 500);
    }
}
