package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.Entry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An entry as a test writes it: only the fields the test is about. */
final class EntryDraft {

    private String source = "receiving";
    private String operator = "王小明";
    private String sku;
    private BigDecimal quantity;
    private String unit;
    private String batch;
    private LocalDate production;
    private LocalDate expiry;
    private String warehouse;
    private String orderNo;
    private boolean confirmed;

    static EntryDraft of(String sku, String quantity, String unit) {
        EntryDraft draft = new EntryDraft();
        draft.sku = sku;
        draft.quantity = new BigDecimal(quantity);
        draft.unit = unit;
        return draft;
    }

    EntryDraft source(String value) {
        source = value;
        return this;
    }

    EntryDraft operator(String value) {
        operator = value;
        return this;
    }

    EntryDraft batch(String value, String productionDate, String expiryDate) {
        batch = value;
        production = productionDate == null ? null : LocalDate.parse(productionDate);
        expiry = expiryDate == null ? null : LocalDate.parse(expiryDate);
        return this;
    }

    EntryDraft warehouse(String value) {
        warehouse = value;
        return this;
    }

    EntryDraft outboundOf(String order) {
        source = "outbound";
        orderNo = order;
        return this;
    }

    EntryDraft confirmed() {
        confirmed = true;
        return this;
    }

    Entry entry() {
        return new Entry("E-" + sku, source, "DOC-1", operator, LocalDateTime.of(2026, 12, 5, 9, 30), sku, quantity,
                unit, batch, production, expiry, warehouse, orderNo, confirmed);
    }
}
