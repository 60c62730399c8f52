package io.orderhub.monitor.consistency.source;

import static io.orderhub.monitor.consistency.source.SourceColumn.optional;
import static io.orderhub.monitor.consistency.source.SourceColumn.optionalText;
import static io.orderhub.monitor.consistency.source.SourceColumn.required;
import static io.orderhub.monitor.consistency.source.SourceColumn.requiredText;

import java.util.List;
import java.util.Locale;

/**
 * The external records the checks read and their column contract (docs/consistency.md). Each is staged into its
 * {@code cc_*} table with {@code order_no} derived from channel + platform order id, the key every check joins on.
 * The first two columns of every contract are {@code channel} and {@code platform_order_id}.
 */
public enum SourceKind {
    ERP_ORDER("cc_erp_order", List.of(
            required("channel", ColumnType.CHANNEL), requiredText("platform_order_id", 64),
            required("order_amount", ColumnType.MONEY), requiredText("status", 32),
            required("refunded", ColumnType.FLAG), optional("promised_ship_date", ColumnType.DATE))),
    WMS_SHIPMENT("cc_wms_shipment", List.of(
            required("channel", ColumnType.CHANNEL), requiredText("platform_order_id", 64),
            requiredText("shipment_no", 64), requiredText("state", 16),
            optional("shipped_at", ColumnType.DATE_TIME), optionalText("tracking_no", 64))),
    WMS_STOCK_MOVEMENT("cc_wms_stock_movement", List.of(
            required("channel", ColumnType.CHANNEL), requiredText("platform_order_id", 64),
            requiredText("movement_no", 64), requiredText("sku", 128),
            required("quantity", ColumnType.INTEGER), required("gift", ColumnType.FLAG))),
    LEDGER_ENTRY("cc_ledger_entry", List.of(
            required("channel", ColumnType.CHANNEL), requiredText("platform_order_id", 64),
            requiredText("entry_no", 64), requiredText("kind", 8, "PAYMENT", "REFUND"),
            required("amount", ColumnType.MONEY), required("booked_at", ColumnType.DATE_TIME))),
    TAX_LINE("cc_tax_line", List.of(
            required("channel", ColumnType.CHANNEL), requiredText("platform_order_id", 64),
            required("seq", ColumnType.INTEGER), requiredText("tax_kind", 32),
            required("rate", ColumnType.RATE), required("amount", ColumnType.MONEY)));

    private final String table;
    private final List<SourceColumn> columns;

    SourceKind(String table, List<SourceColumn> columns) {
        this.table = table;
        this.columns = columns;
    }

    public String table() {
        return table;
    }

    public List<SourceColumn> columns() {
        return columns;
    }

    /** The folder of its CSV files and its name in configuration: {@code erp-order}, {@code ledger-entry}. */
    public String folderName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code INSERT … ON DUPLICATE KEY UPDATE} of one staged row: order_no first, then the contract's columns. */
    String upsertSql() {
        StringBuilder names = new StringBuilder("order_no");
        StringBuilder marks = new StringBuilder("?");
        StringBuilder updates = new StringBuilder();
        for (SourceColumn column : columns) {
            names.append(", ").append(column.name());
            marks.append(", ?");
            updates.append(updates.isEmpty() ? "" : ", ").append(column.name()).append(" = VALUES(")
                    .append(column.name()).append(')');
        }
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON DUPLICATE KEY UPDATE " + updates;
    }
}
