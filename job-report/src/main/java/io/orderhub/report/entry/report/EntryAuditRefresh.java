package io.orderhub.report.entry.report;

import io.orderhub.common.job.RunLog;
import io.orderhub.report.entry.audit.AuditChange;
import io.orderhub.report.entry.audit.ManualPathAudit;
import io.orderhub.report.entry.audit.SnapshotAuditTrail;
import io.orderhub.report.entry.audit.SourceAuditTable;
import io.orderhub.report.entry.source.EntrySource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Brings {@code entry_audit} up to date before the report reads it: a source with its own audit table is copied
 * (the window since {@code lookbackDays} ago), every other source is compared with its last snapshot; the actions
 * of our own manual paths are copied from {@code order_audit}.
 */
public class EntryAuditRefresh {

    private final SnapshotAuditTrail snapshots;
    private final ManualPathAudit manualPaths;
    private final Map<String, SourceAuditTable> auditTables;
    private final int lookbackDays;

    public EntryAuditRefresh(SnapshotAuditTrail snapshots, ManualPathAudit manualPaths,
            Map<String, SourceAuditTable> auditTables, int lookbackDays) {
        this.snapshots = snapshots;
        this.manualPaths = manualPaths;
        this.auditTables = Map.copyOf(auditTables);
        this.lookbackDays = lookbackDays;
    }

    public void refresh(List<EntrySource> sources, LocalDateTime now, RunLog log) {
        LocalDate today = now.toLocalDate();
        LocalDate first = today.minusDays(lookbackDays);
        for (EntrySource source : sources) {
            SourceAuditTable table = auditTables.get(source.name());
            Map<AuditChange.Kind, Long> byKind = table != null
                    ? table.copy(first.atStartOfDay(), now).stream()
                            .collect(Collectors.groupingBy(AuditChange::kind, Collectors.counting()))
                    : snapshots.compare(source, first, today, now);
            log.line("audit trail {} ({}, entries of {} .. {}): {}", source.name(),
                    table != null ? "source audit table" : "snapshot diff", first, today, byKind);
        }
        int manual = manualPaths.copy(first.atStartOfDay(), now).size();
        log.line("audit trail of our manual paths (order_audit since {}): {} action(s)", first, manual);
    }
}
