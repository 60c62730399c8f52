package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.sku.OsaDistance;
import java.util.List;

/**
 * An outbound entry tied to an order that names a known SKU which is not on the order, but one edit (or one swap of
 * neighbours) away from a SKU that is: the operator picked the neighbour of the ordered SKU (A1010 for A1001).
 */
final class SkuConfusionRule implements EntryRule {

    @Override
    public void check(CheckedEntry checked, List<EntryFinding> findings) {
        if (checked.sku() == null || checked.orderSkus() == null || checked.orderSkus().isEmpty()) {
            return;
        }
        SkuDefinition sku = checked.sku();
        if (checked.orderSkus().contains(sku.code())) {
            return;
        }
        List<String> orderedNeighbours = checked.orderSkus().stream()
                .filter(line -> OsaDistance.within(sku.code(), line, 1) <= 1)
                .sorted()
                .toList();
        if (!orderedNeighbours.isEmpty()) {
            findings.add(Findings.error(checked.entry(), EntryFindingType.SKU_CONFUSION, EntryField.SKU_CODE,
                    orderedNeighbours, "skuCode " + sku.code() + " is not on order " + checked.entry().orderNo()
                            + ", which has " + String.join(", ", orderedNeighbours)));
        }
    }
}
