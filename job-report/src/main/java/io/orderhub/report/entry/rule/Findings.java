package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFinding.Severity;
import io.orderhub.report.entry.EntryFindingType;
import java.util.List;

/** Builds findings: errors must be fixed, confirmations are warnings the operator confirms explicitly. */
final class Findings {

    private Findings() {
    }

    static EntryFinding error(Entry entry, EntryFindingType type, EntryField field, List<String> suggestions,
            String message) {
        return new EntryFinding(entry.entryId(), type, field.jsonName(), field.valueOf(entry), suggestions,
                Severity.ERROR, message);
    }

    static EntryFinding toConfirm(Entry entry, EntryFindingType type, EntryField field, String message) {
        return new EntryFinding(entry.entryId(), type, field.jsonName(), field.valueOf(entry), List.of(),
                Severity.CONFIRM, message);
    }
}
