package io.orderhub.report.entry;

import io.orderhub.sandbox.erp.entries.ErpEntry;
import io.orderhub.sandbox.erp.entries.ErpSku;

/** The generator's records as the entry model sees them (the generator does not depend on job-report). */
public final class GeneratedEntries {

    private GeneratedEntries() {
    }

    public static Entry toEntry(ErpEntry e) {
        return new Entry(e.entryId(), e.source(), e.documentNo(), e.operator(), e.enteredAt(), e.skuCode(),
                e.quantity(), e.unit(), e.batchNo(), e.productionDate(), e.expiryDate(), e.warehouse(), e.orderNo(),
                e.confirmed());
    }

    public static SkuDefinition toSku(ErpSku s) {
        return new SkuDefinition(s.code(), s.barcode(), s.name(), s.category(), s.baseUnit(), s.unitFactors(),
                s.typicalMin(), s.typicalMax(), s.batchManaged(), s.shelfLifeDays());
    }
}
