package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import io.orderhub.report.entry.SkuDefinition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A quantity that is outside the SKU's usual range but inside it once a conversion factor is undone: 12 箱 entered
 * where 12 件 (= 1 箱 of 12) was meant, or 5 kg where 500 g was. The factors tried are the ratios between the SKU's
 * own units and, for weights, the configured slips (×10, ×1000). A SKU without a usual range is not judged.
 */
final class UnitFactorRule implements EntryRule {

    private final Set<String> weightUnits;
    private final List<BigDecimal> weightFactors;

    UnitFactorRule(List<String> weightUnits, List<BigDecimal> weightFactors) {
        this.weightUnits = Set.copyOf(weightUnits);
        this.weightFactors = weightFactors;
    }

    @Override
    public void check(CheckedEntry checked, List<EntryFinding> findings) {
        Entry entry = checked.entry();
        SkuDefinition sku = checked.sku();
        if (sku == null || entry.quantity() == null || entry.quantity().signum() <= 0 || entry.unit() == null
                || (sku.typicalMin() == null && sku.typicalMax() == null)) {
            return;
        }
        String unit = entry.unit().trim();
        BigDecimal factor = sku.unitFactors().get(unit);
        if (factor == null) {
            return;
        }
        BigDecimal base = entry.quantity().multiply(factor);
        if (usual(sku, base)) {
            return;
        }
        Set<String> suggestions = new LinkedHashSet<>();
        for (Map.Entry<String, BigDecimal> other : sku.unitFactors().entrySet()) {
            if (!other.getKey().equals(unit) && usual(sku, entry.quantity().multiply(other.getValue()))) {
                suggestions.add(EntryField.plain(entry.quantity()) + " " + other.getKey());
            }
        }
        for (BigDecimal slip : slips(sku)) {
            for (BigDecimal meant : List.of(base.divide(slip, MathContext.DECIMAL64), base.multiply(slip))) {
                if (usual(sku, meant)) {
                    suggestions.addAll(expressed(sku, meant, unit));
                }
            }
        }
        if (!suggestions.isEmpty()) {
            findings.add(Findings.error(entry, EntryFindingType.UNIT_FACTOR_MISTAKE, EntryField.QUANTITY,
                    List.copyOf(suggestions), "quantity " + EntryField.plain(entry.quantity()) + " " + unit
                            + " is outside the usual range of SKU " + sku.code() + " (" + range(sku) + " "
                            + sku.baseUnit() + ") but inside it with a conversion factor undone"));
        }
    }

    /** Every ratio > 1 between two of the SKU's units, and the weight slips when the SKU is weighed. */
    private Set<BigDecimal> slips(SkuDefinition sku) {
        Set<BigDecimal> slips = new TreeSet<>();
        for (BigDecimal a : sku.unitFactors().values()) {
            for (BigDecimal b : sku.unitFactors().values()) {
                if (a.compareTo(b) > 0 && b.signum() > 0) {
                    slips.add(a.divide(b, MathContext.DECIMAL64).stripTrailingZeros());
                }
            }
        }
        if (sku.unitFactors().keySet().stream().anyMatch(weightUnits::contains)
                || weightUnits.contains(sku.baseUnit())) {
            weightFactors.forEach(f -> slips.add(f.stripTrailingZeros()));
        }
        return slips;
    }

    /** The meant base quantity in the unit entered, then in every unit where it is a whole number. */
    private static List<String> expressed(SkuDefinition sku, BigDecimal base, String enteredUnit) {
        Set<String> ways = new LinkedHashSet<>();
        ways.add(EntryField.plain(base.divide(sku.unitFactors().get(enteredUnit), MathContext.DECIMAL64)) + " "
                + enteredUnit);
        sku.unitFactors().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(u -> {
                    BigDecimal amount = base.divide(u.getValue(), MathContext.DECIMAL64).stripTrailingZeros();
                    if (amount.scale() <= 0) {
                        ways.add(amount.toPlainString() + " " + u.getKey());
                    }
                });
        return List.copyOf(ways);
    }

    private static boolean usual(SkuDefinition sku, BigDecimal base) {
        return (sku.typicalMin() == null || base.compareTo(sku.typicalMin()) >= 0)
                && (sku.typicalMax() == null || base.compareTo(sku.typicalMax()) <= 0);
    }

    private static String range(SkuDefinition sku) {
        return (sku.typicalMin() == null ? "…" : EntryField.plain(sku.typicalMin())) + "–"
                + (sku.typicalMax() == null ? "…" : EntryField.plain(sku.typicalMax()));
    }
}
