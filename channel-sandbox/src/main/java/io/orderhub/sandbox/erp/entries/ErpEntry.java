package io.orderhub.sandbox.erp.entries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One generated manual entry, in the column contract of docs/entries.md (GMT+8 wall clock). */
public record ErpEntry(String entryId, String source, String documentNo, String operator, LocalDateTime enteredAt,
        String skuCode, BigDecimal quantity, String unit, String batchNo, LocalDate productionDate,
        LocalDate expiryDate, String warehouse, String orderNo, boolean confirmed) {
}
