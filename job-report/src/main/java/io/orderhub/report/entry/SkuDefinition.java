package io.orderhub.report.entry;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of the SKU master.
 *
 * @param barcode      EAN-13 / UPC-A, or {@code null}
 * @param category     used to rank suggestions (same category first), or {@code null}
 * @param baseUnit     the unit quantities are counted in (件, g, …)
 * @param unitFactors  every allowed unit → how many base units one of it is (件 → 1, 箱 → 12; g → 1, kg → 1000)
 * @param typicalMin   usual quantity of one entry in base units, or {@code null} when unknown
 * @param typicalMax   usual quantity of one entry in base units, or {@code null} when unknown
 * @param shelfLifeDays shelf life of a batch-managed SKU, or {@code null}
 */
public record SkuDefinition(String code, String barcode, String name, String category, String baseUnit,
        Map<String, BigDecimal> unitFactors, BigDecimal typicalMin, BigDecimal typicalMax, boolean batchManaged,
        Integer shelfLifeDays) {

    public SkuDefinition {
        unitFactors = Map.copyOf(unitFactors);
    }
}
