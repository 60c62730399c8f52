package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import java.math.BigDecimal;
import java.util.List;

/** A quantity above the threshold needs the confirmed flag: a warning the operator confirms, not an error. */
final class QuantityConfirmationRule implements EntryRule {

    private final BigDecimal threshold;

    QuantityConfirmationRule(BigDecimal threshold) {
        this.threshold = threshold;
    }

    @Override
    public void check(CheckedEntry checked, List<EntryFinding> findings) {
        BigDecimal quantity = checked.entry().quantity();
        if (quantity != null && quantity.compareTo(threshold) > 0 && !checked.entry().confirmed()) {
            findings.add(Findings.toConfirm(checked.entry(), EntryFindingType.QUANTITY_UNCONFIRMED,
                    EntryField.QUANTITY, "quantity " + EntryField.plain(quantity) + " is above "
                            + EntryField.plain(threshold) + ": confirm to save"));
        }
    }
}
