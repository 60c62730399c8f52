package io.orderhub.sandbox.erp.entries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An entry being generated: clean first, then perhaps one mistake put in. */
final class EntryDraft {

    String entryId;
    String source;
    String documentNo;
    String operator;
    LocalDateTime enteredAt;
    ErpSku sku;
    String skuCode;
    BigDecimal quantity;
    String unit;
    String batchNo;
    LocalDate productionDate;
    LocalDate expiryDate;
    String warehouse;
    String orderNo;
    boolean confirmed;

    ErpEntry build() {
        return new ErpEntry(entryId, source, documentNo, operator, enteredAt, skuCode, quantity, unit, batchNo,
                productionDate, expiryDate, warehouse, orderNo, confirmed);
    }
}
