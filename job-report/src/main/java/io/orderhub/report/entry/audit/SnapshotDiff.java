package io.orderhub.report.entry.audit;

import io.orderhub.report.entry.Entry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tonight's snapshot against the last one, entry by entry as the source streams them: an entry the last snapshot
 * lacks is an INSERT, one whose hash differs gives an UPDATE per changed field (from → to), and one the last snapshot
 * had but tonight's read did not return is a DELETE. The snapshot only tells that something changed between two
 * nights: the change is dated at tonight's snapshot and attributed to the entry's operator as it stands now (the
 * last one who saved it, as far as the source says).
 */
public class SnapshotDiff {

    private final String sourceName;
    private final Map<String, SnapshotRow> previous;
    private final LocalDateTime takenAt;
    private final Set<String> seen = new HashSet<>();
    private final List<AuditChange> changes = new ArrayList<>();
    private final List<SnapshotRow> rowsToStore = new ArrayList<>();

    public SnapshotDiff(String sourceName, Map<String, SnapshotRow> previous, LocalDateTime takenAt) {
        this.sourceName = sourceName;
        this.previous = new HashMap<>(previous);
        this.takenAt = takenAt;
    }

    /** Compares one entry of tonight's read. */
    public void accept(Entry entry) {
        seen.add(entry.entryId());
        Map<String, String> fields = EntryFields.of(entry);
        String encoded = EntryFields.encode(fields);
        String hash = EntryFields.hash(encoded);
        SnapshotRow before = previous.get(entry.entryId());
        String by = entry.operator();
        if (before == null) {
            changes.add(new AuditChange(entry.entryId(), entry.source(), AuditChange.Kind.INSERT, null, null, null, by,
                    takenAt, AuditChange.Origin.SNAPSHOT_DIFF));
        } else if (!before.rowHash().equals(hash)) {
            Map<String, String> old = EntryFields.decode(before.fieldValues());
            fields.forEach((field, now) -> {
                String was = old.get(field);
                if (!Objects.equals(was, now)) {
                    changes.add(new AuditChange(entry.entryId(), entry.source(), AuditChange.Kind.UPDATE, field, was,
                            now, by, takenAt, AuditChange.Origin.SNAPSHOT_DIFF));
                }
            });
        } else {
            return;
        }
        rowsToStore.add(new SnapshotRow(entry.entryId(), entry.enteredAt().toLocalDate(), hash, encoded));
    }

    /** Entries of the last snapshot that tonight's read did not return: deleted at the source. */
    public List<SnapshotRow> deleted() {
        return previous.values().stream().filter(row -> !seen.contains(row.entryId())).toList();
    }

    /** Every change, the DELETEs included; call after the last {@link #accept}. */
    public List<AuditChange> changes() {
        List<AuditChange> all = new ArrayList<>(changes);
        for (SnapshotRow row : deleted()) {
            Map<String, String> old = EntryFields.decode(row.fieldValues());
            all.add(new AuditChange(row.entryId(), old.get("source"), AuditChange.Kind.DELETE, null, null, null,
                    null, takenAt, AuditChange.Origin.SNAPSHOT_DIFF));
        }
        return all;
    }

    /** New and changed entries: their snapshot rows replace the old ones. */
    public List<SnapshotRow> rowsToStore() {
        return List.copyOf(rowsToStore);
    }

    public String sourceName() {
        return sourceName;
    }
}
