package io.orderhub.sandbox.erp.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Batched inserts of generated orders into every system's table; {@link #flush} commits what is pending. */
final class WorldWriter implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement order;
    private final PreparedStatement line;
    private final PreparedStatement marketing;
    private final PreparedStatement erp;
    private final PreparedStatement shipment;
    private final PreparedStatement movement;
    private final PreparedStatement ledger;
    private final PreparedStatement tax;
    private final PreparedStatement injected;
    private final List<PreparedStatement> all = new ArrayList<>();

    WorldWriter(Connection connection) throws SQLException {
        this.connection = connection;
        order = prepare("INSERT INTO gen_our_order (order_no, channel, shop_id, platform_order_id, status,"
                + " platform_status, refund_state, goods_amount, discount_amount, freight_amount, tax_amount,"
                + " paid_amount, created_at, paid_at, platform_modified_at, promised_ship_by, shipped_at, presale,"
                + " presale_delivery_date, cross_border, synced_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        line = prepare("INSERT INTO gen_our_order_line (order_no, line_no, sku, title, quantity, unit_price, gift,"
                + " refund_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        marketing = prepare("INSERT INTO gen_our_order_marketing (order_no, seq, type, funded_by, amount)"
                + " VALUES (?, ?, ?, ?, ?)");
        erp = prepare("INSERT INTO erp_sales_order (channel, platform_order_id, order_amount, status, refunded,"
                + " promised_ship_date) VALUES (?, ?, ?, ?, ?, ?)");
        shipment = prepare("INSERT INTO wms_shipment (shipment_no, channel, platform_order_id, state, shipped_at,"
                + " tracking_no) VALUES (?, ?, ?, ?, ?, ?)");
        movement = prepare("INSERT INTO wms_stock_movement (movement_no, channel, platform_order_id, sku, quantity,"
                + " gift) VALUES (?, ?, ?, ?, ?, ?)");
        ledger = prepare("INSERT INTO ledger_entry (entry_no, channel, platform_order_id, kind, amount, booked_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        tax = prepare("INSERT INTO tax_declaration_line (channel, platform_order_id, seq, tax_kind, rate, amount)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        injected = prepare("INSERT INTO gen_injected (order_no, channel, platform_order_id, check_name, field, kind)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        all.add(statement);
        return statement;
    }

    void add(WorldOrder o) throws SQLException {
        if (o.ours) {
            addOurs(o);
        }
        addTheirs(o);
    }

    private void addOurs(WorldOrder o) throws SQLException {
        set(order, o.orderNo, o.channel, o.shopId, o.platformOrderId, o.status, o.status.toLowerCase(java.util.Locale.ROOT),
                o.refundState, o.goods, o.discount, o.freight, o.tax, o.paid, o.createdAt, o.paidAt,
                o.createdAt.plusMinutes(5), o.presaleDeliveryDate == null ? o.createdAt.plusDays(2)
                        : o.presaleDeliveryDate.atStartOfDay(), o.shipped() ? o.shippedAt : null, o.presale,
                o.presaleDeliveryDate, o.crossBorder, o.createdAt.plusMinutes(6));
        for (WorldOrder.Line l : o.lines) {
            set(line, o.orderNo, l.lineNo(), l.sku(), l.gift() ? "gift" : "item " + l.sku(), l.quantity(),
                    l.unitPrice(), l.gift(), o.refunded() ? "REFUNDED" : "NONE");
        }
        for (WorldOrder.Marketing m : o.marketing) {
            set(marketing, o.orderNo, m.seq(), m.type(), m.fundedBy(), m.amount());
        }
    }

    private void addTheirs(WorldOrder o) throws SQLException {
        if (o.erp != null) {
            set(erp, o.channel, o.platformOrderId, o.erp.amount(), o.erp.status(), o.erp.refunded(),
                    o.erp.promisedShipDate());
        }
        for (WorldOrder.Shipment s : o.shipments) {
            set(shipment, s.shipmentNo(), o.channel, o.platformOrderId, s.state(), s.shippedAt(), s.trackingNo());
        }
        for (WorldOrder.Movement m : o.movements) {
            set(movement, m.movementNo(), o.channel, o.platformOrderId, m.sku(), m.quantity(), m.gift());
        }
        for (WorldOrder.LedgerEntry e : o.ledger) {
            set(ledger, e.entryNo(), o.channel, o.platformOrderId, e.kind(), e.amount(), e.bookedAt());
        }
        for (WorldOrder.TaxLine t : o.taxLines) {
            set(tax, o.channel, o.platformOrderId, t.seq(), t.kind(), t.rate(), t.amount());
        }
        if (o.injected != null) {
            set(injected, o.orderNo, o.channel, o.platformOrderId, o.injected.check(), o.injectedField,
                    o.injected.name());
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    void flush() throws SQLException {
        for (PreparedStatement statement : all) {
            statement.executeBatch();
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : all) {
            statement.close();
        }
    }
}
