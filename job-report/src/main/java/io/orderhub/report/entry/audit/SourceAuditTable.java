package io.orderhub.report.entry.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The ERP/WMS's own audit table, through a configured query with {@code :from}/{@code :to} (GMT+8 wall clock)
 * returning {@code entry_id, source, field, old_value, new_value, changed_by, changed_at} (docs/entries.md); each
 * row is an UPDATE of one field, copied into {@code entry_audit} (idempotent, so overlapping windows are harmless).
 */
public class SourceAuditTable {

    private final NamedParameterJdbcTemplate erp;
    private final String query;
    private final EntryAuditLog auditLog;

    public SourceAuditTable(NamedParameterJdbcTemplate erp, String query, EntryAuditLog auditLog) {
        if (!query.contains(":from") || !query.contains(":to")) {
            throw new IllegalArgumentException("oms.entries.erp.audit-query must use :from and :to");
        }
        this.erp = erp;
        this.query = query;
        this.auditLog = auditLog;
    }

    public List<AuditChange> copy(LocalDateTime from, LocalDateTime to) {
        List<AuditChange> changes = erp.query(query, Map.of("from", Timestamp.valueOf(from), "to",
                Timestamp.valueOf(to)), (row, n) -> new AuditChange(row.getString("entry_id"),
                row.getString("source"), AuditChange.Kind.UPDATE, row.getString("field"), row.getString("old_value"),
                row.getString("new_value"), row.getString("changed_by"),
                row.getTimestamp("changed_at").toLocalDateTime(), AuditChange.Origin.SOURCE_AUDIT));
        auditLog.write(changes);
        return changes;
    }
}
