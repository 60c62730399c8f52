package io.orderhub.sandbox.erp.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One generated order as every system holds it: ours (as synced from the channel), the ERP, WMS, ledger, tax. */
final class WorldOrder {

    record Line(int lineNo, String sku, int quantity, BigDecimal unitPrice, boolean gift) {
    }

    record Marketing(int seq, String type, String fundedBy, BigDecimal amount) {
    }

    record Shipment(String shipmentNo, String state, LocalDateTime shippedAt, String trackingNo) {
    }

    record Movement(String movementNo, String sku, int quantity, boolean gift) {
    }

    record LedgerEntry(String entryNo, String kind, BigDecimal amount, LocalDateTime bookedAt) {
    }

    record TaxLine(int seq, String kind, BigDecimal rate, BigDecimal amount) {
    }

    /** The ERP's sales order, or none (an order not yet paid never reached the ERP). */
    record ErpOrder(BigDecimal amount, String status, boolean refunded, LocalDate promisedShipDate) {
    }

    String channel;
    String shopId;
    String platformOrderId;
    String orderNo;
    String status;
    String refundState = "NONE";
    BigDecimal goods;
    BigDecimal discount;
    BigDecimal freight;
    BigDecimal tax = BigDecimal.ZERO.setScale(2);
    BigDecimal paid;
    LocalDateTime createdAt;
    LocalDateTime paidAt;
    LocalDateTime shippedAt;
    boolean presale;
    LocalDate presaleDeliveryDate;
    boolean crossBorder;
    final List<Line> lines = new ArrayList<>();
    final List<Marketing> marketing = new ArrayList<>();
    ErpOrder erp;
    final List<Shipment> shipments = new ArrayList<>();
    final List<Movement> movements = new ArrayList<>();
    final List<LedgerEntry> ledger = new ArrayList<>();
    final List<TaxLine> taxLines = new ArrayList<>();
    /** Whether our order tables hold the order (false: only the other systems know it). */
    boolean ours = true;
    InjectedInconsistency injected;
    String injectedField;

    boolean shipped() {
        return "SHIPPED".equals(status) || "COMPLETED".equals(status);
    }

    boolean refunded() {
        return "REFUNDED".equals(refundState);
    }
}
