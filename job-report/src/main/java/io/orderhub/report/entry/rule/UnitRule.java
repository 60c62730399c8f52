package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import io.orderhub.report.entry.SkuDefinition;
import java.util.List;
import java.util.Map;

/** A unit the SKU does not allow ("箱" on a SKU counted only in 件); suggests the allowed units, smallest first. */
final class UnitRule implements EntryRule {

    @Override
    public void check(CheckedEntry checked, List<EntryFinding> findings) {
        String unit = checked.entry().unit();
        SkuDefinition sku = checked.sku();
        if (sku == null || unit == null || unit.isBlank() || sku.unitFactors().containsKey(unit.trim())) {
            return;
        }
        List<String> allowed = sku.unitFactors().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
        findings.add(Findings.error(checked.entry(), EntryFindingType.UNIT_NOT_ALLOWED, EntryField.UNIT, allowed,
                "unit " + unit + " is not allowed for SKU " + sku.code() + " (allowed: " + String.join(", ", allowed)
                        + ")"));
    }
}
