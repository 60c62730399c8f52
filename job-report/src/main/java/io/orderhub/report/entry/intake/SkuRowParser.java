package io.orderhub.report.entry.intake;

import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.source.UnitFactors;
import java.math.BigDecimal;
import java.util.Map;

/** An intake row of a SKU master file ({@code sku*.csv|xlsx}) → a {@link SkuDefinition}. */
public final class SkuRowParser {

    private SkuRowParser() {
    }

    public static SkuDefinition parse(IntakeRow row) throws RowRejected {
        IntakeCells.sameCellCountAsHeader(row);
        String baseUnit = IntakeCells.required(row, "base_unit", 16);
        Map<String, BigDecimal> factors = unitFactors(row);
        if (!factors.containsKey(baseUnit)) {
            throw new RowRejected("unit_factors", "does not list the base unit " + baseUnit);
        }
        Integer shelfLife = IntakeCells.integer(row, "shelf_life_days");
        boolean batchManaged = IntakeCells.flag(row, "batch_managed");
        if (batchManaged && (shelfLife == null || shelfLife <= 0)) {
            throw new RowRejected("shelf_life_days", "is required (positive) for a batch-managed SKU");
        }
        return new SkuDefinition(IntakeCells.required(row, "code", 64), IntakeCells.optional(row, "barcode", 14),
                IntakeCells.optional(row, "name", 255), IntakeCells.optional(row, "category", 64), baseUnit, factors,
                IntakeCells.decimal(row, "typical_min"), IntakeCells.decimal(row, "typical_max"), batchManaged,
                shelfLife);
    }

    private static Map<String, BigDecimal> unitFactors(IntakeRow row) throws RowRejected {
        try {
            return UnitFactors.parse(row.cell("unit_factors"));
        } catch (IllegalArgumentException e) {
            throw new RowRejected("unit_factors", e.getMessage());
        }
    }
}
