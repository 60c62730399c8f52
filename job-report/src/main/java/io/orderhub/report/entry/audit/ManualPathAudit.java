package io.orderhub.report.entry.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Our own manual paths ({@code manualMarkPaid}, hold releases, replays) record each operator action in
 * {@code order_audit} inside the order's own transaction (common's OrderWriter, in job-sync); this copies the applied
 * ones of a window into {@code entry_audit} (origin MANUAL_PATH, entry id {@code order:<channel>:<shop>:<order id>},
 * field {@code status}, before → after), so the entry trail holds them too without job-sync writing a second table
 * in its order transaction. Idempotent like every audit write.
 */
public class ManualPathAudit {

    private final JdbcTemplate jdbc;
    private final EntryAuditLog auditLog;

    public ManualPathAudit(JdbcTemplate jdbc, EntryAuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public List<AuditChange> copy(LocalDateTime from, LocalDateTime to) {
        List<AuditChange> changes = jdbc.query("""
                SELECT channel, shop_id, platform_order_id, action, operator, at, status_before, status_after
                FROM order_audit WHERE outcome = 'APPLIED' AND at >= ? AND at < ? ORDER BY at, id""",
                (row, n) -> new AuditChange("order:" + row.getString("channel") + ":" + row.getString("shop_id")
                        + ":" + row.getString("platform_order_id"), row.getString("action"), AuditChange.Kind.UPDATE,
                        "status", row.getString("status_before"), row.getString("status_after"),
                        row.getString("operator"), row.getTimestamp("at").toLocalDateTime(),
                        AuditChange.Origin.MANUAL_PATH),
                Timestamp.valueOf(from), Timestamp.valueOf(to));
        auditLog.write(changes);
        return changes;
    }
}
