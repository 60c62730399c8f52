package io.orderhub.report.entry;

import io.orderhub.sandbox.erp.entries.EntryDataSet;
import io.orderhub.sandbox.erp.entries.InjectedError;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * TEST DOUBLE of {@link EntryCheck}: it does not apply any rule, it answers from the generator's ground truth (the
 * injected error of an entry id, nothing for any other). It stands in for the real rules (branch entry-rules) so the
 * intake, the report and the recall contract's plumbing can be tested on their own.
 */
public class GroundTruthEntryCheckDouble implements EntryCheck {

    private final Map<String, List<InjectedError>> byEntry;

    public GroundTruthEntryCheckDouble(EntryDataSet data) {
        this.byEntry = data.injected().stream().collect(Collectors.groupingBy(InjectedError::entryId));
    }

    @Override
    public List<EntryFinding> check(Entry entry) {
        return byEntry.getOrDefault(entry.entryId(), List.of()).stream().map(error -> {
            EntryFindingType type = EntryFindingType.valueOf(error.type());
            return new EntryFinding(entry.entryId(), type, error.field(), error.entered(),
                    error.meant() == null ? List.of() : List.of(error.meant()),
                    type == EntryFindingType.QUANTITY_UNCONFIRMED ? EntryFinding.Severity.CONFIRM
                            : EntryFinding.Severity.ERROR, error.field() + ": " + type + " (test double)");
        }).toList();
    }
}
