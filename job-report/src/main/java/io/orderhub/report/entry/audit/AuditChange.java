package io.orderhub.report.entry.audit;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of the entry edit history ({@code entry_audit}): an entry inserted, one field changed from → to, or an
 * entry deleted; who and when (GMT+8 wall clock), and where we learned it.
 */
public record AuditChange(String entryId, String source, Kind kind, String field, String oldValue, String newValue,
        String changedBy, LocalDateTime changedAt, Origin origin) {

    public enum Kind {
        INSERT, UPDATE, DELETE
    }

    public enum Origin {
        /** Copied from the ERP/WMS's own audit table. */
        SOURCE_AUDIT,
        /** Derived by comparing tonight's snapshot with the last one. */
        SNAPSHOT_DIFF,
        /** Written by one of our own manual paths. */
        MANUAL_PATH
    }

    public AuditChange {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(origin, "origin");
    }

    /** Identity of the change, so reading the same audit rows or snapshot twice adds nothing. */
    public String changeKey() {
        String text = String.join("\u0000", origin.name(), entryId, kind.name(), String.valueOf(field),
                String.valueOf(oldValue), String.valueOf(newValue), changedAt.toString());
        return EntryFields.hash(text);
    }
}
