package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import java.util.List;

/** A batch-managed SKU needs its batch number, production date and expiry date on every entry. */
final class BatchRule implements EntryRule {

    @Override
    public void check(CheckedEntry checked, List<EntryFinding> findings) {
        if (checked.sku() == null || !checked.sku().batchManaged()) {
            return;
        }
        Entry entry = checked.entry();
        if (entry.batchNo() == null || entry.batchNo().isBlank()) {
            findings.add(missing(entry, EntryFindingType.BATCH_MISSING, EntryField.BATCH_NO, checked));
        }
        if (entry.productionDate() == null) {
            findings.add(missing(entry, EntryFindingType.PRODUCTION_DATE_MISSING, EntryField.PRODUCTION_DATE, checked));
        }
        if (entry.expiryDate() == null) {
            findings.add(missing(entry, EntryFindingType.EXPIRY_MISSING, EntryField.EXPIRY_DATE, checked));
        }
    }

    private static EntryFinding missing(Entry entry, EntryFindingType type, EntryField field, CheckedEntry checked) {
        return Findings.error(entry, type, field, List.of(), field.jsonName() + " is required: SKU "
                + checked.sku().code() + " is batch-managed");
    }
}
