package io.orderhub.sandbox.erp.entries;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One SKU of the generated ERP/WMS master: piece goods (件, with 箱 = 6/12/24 件) or weighed goods (g, kg = 1000 g);
 * batch-managed SKUs carry a shelf life.
 */
public record ErpSku(String code, String barcode, String name, String category, String baseUnit,
        Map<String, BigDecimal> unitFactors, BigDecimal typicalMin, BigDecimal typicalMax, boolean batchManaged,
        Integer shelfLifeDays) {

    public ErpSku {
        unitFactors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unitFactors));
    }

    public boolean weighed() {
        return "g".equals(baseUnit);
    }

    /** The larger unit: 箱 for piece goods, kg for weighed goods. */
    public String packUnit() {
        return weighed() ? "kg" : "箱";
    }
}
