package io.orderhub.sandbox.erp.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The generated world's tables (MariaDB and H2 in MySQL mode): the orders as our sync stored them
 * ({@code gen_our_order*}, columns named as in our schema, so a test or the benchmark copies them into our tables),
 * the ERP's sales orders, the WMS's shipments and stock movements, the payment ledger, the tax declarations, and the
 * ground truth {@code gen_injected}. Secondary indexes on (channel, platform_order_id): how the external systems
 * would be looked up by a platform order.
 */
public final class ErpLedgerTables {

    static final List<String> TABLES = List.of("gen_injected", "tax_declaration_line", "ledger_entry",
            "wms_stock_movement", "wms_shipment", "erp_sales_order", "gen_our_order_marketing", "gen_our_order_line",
            "gen_our_order");

    private static final List<String> CREATE = List.of(
            "CREATE TABLE gen_our_order (order_no VARCHAR(80) NOT NULL PRIMARY KEY, channel VARCHAR(16) NOT NULL,"
                    + " shop_id VARCHAR(64) NOT NULL, platform_order_id VARCHAR(64) NOT NULL,"
                    + " status VARCHAR(24) NOT NULL, platform_status VARCHAR(64) NOT NULL,"
                    + " refund_state VARCHAR(16) NOT NULL, goods_amount DECIMAL(14,2) NOT NULL,"
                    + " discount_amount DECIMAL(14,2) NOT NULL, freight_amount DECIMAL(14,2) NOT NULL,"
                    + " tax_amount DECIMAL(14,2) NOT NULL, paid_amount DECIMAL(14,2) NOT NULL,"
                    + " created_at DATETIME NOT NULL, paid_at DATETIME, platform_modified_at DATETIME NOT NULL,"
                    + " promised_ship_by DATETIME, shipped_at DATETIME, presale BOOLEAN NOT NULL,"
                    + " presale_delivery_date DATE, cross_border BOOLEAN NOT NULL, synced_at DATETIME NOT NULL)",
            "CREATE TABLE gen_our_order_line (order_no VARCHAR(80) NOT NULL, line_no INT NOT NULL,"
                    + " sku VARCHAR(128) NOT NULL, title VARCHAR(255) NOT NULL, quantity INT NOT NULL,"
                    + " unit_price DECIMAL(14,2) NOT NULL, gift BOOLEAN NOT NULL, refund_state VARCHAR(16) NOT NULL,"
                    + " PRIMARY KEY (order_no, line_no))",
            "CREATE TABLE gen_our_order_marketing (order_no VARCHAR(80) NOT NULL, seq INT NOT NULL,"
                    + " type VARCHAR(24) NOT NULL, funded_by VARCHAR(16) NOT NULL, amount DECIMAL(14,2) NOT NULL,"
                    + " PRIMARY KEY (order_no, seq))",
            "CREATE TABLE erp_sales_order (channel VARCHAR(16) NOT NULL, platform_order_id VARCHAR(64) NOT NULL,"
                    + " order_amount DECIMAL(14,2) NOT NULL, status VARCHAR(32) NOT NULL, refunded BOOLEAN NOT NULL,"
                    + " promised_ship_date DATE, PRIMARY KEY (channel, platform_order_id))",
            "CREATE TABLE wms_shipment (shipment_no VARCHAR(64) NOT NULL PRIMARY KEY, channel VARCHAR(16) NOT NULL,"
                    + " platform_order_id VARCHAR(64) NOT NULL, state VARCHAR(16) NOT NULL, shipped_at DATETIME,"
                    + " tracking_no VARCHAR(64))",
            "CREATE INDEX ix_wms_shipment_order ON wms_shipment (channel, platform_order_id)",
            "CREATE TABLE wms_stock_movement (movement_no VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " channel VARCHAR(16) NOT NULL, platform_order_id VARCHAR(64) NOT NULL,"
                    + " sku VARCHAR(128) NOT NULL, quantity INT NOT NULL, gift BOOLEAN NOT NULL)",
            "CREATE INDEX ix_wms_stock_movement_order ON wms_stock_movement (channel, platform_order_id)",
            "CREATE TABLE ledger_entry (entry_no VARCHAR(64) NOT NULL PRIMARY KEY, channel VARCHAR(16) NOT NULL,"
                    + " platform_order_id VARCHAR(64) NOT NULL, kind VARCHAR(8) NOT NULL,"
                    + " amount DECIMAL(14,2) NOT NULL, booked_at DATETIME NOT NULL)",
            "CREATE INDEX ix_ledger_entry_order ON ledger_entry (channel, platform_order_id)",
            "CREATE TABLE tax_declaration_line (channel VARCHAR(16) NOT NULL, platform_order_id VARCHAR(64) NOT NULL,"
                    + " seq INT NOT NULL, tax_kind VARCHAR(32) NOT NULL, rate DECIMAL(7,4) NOT NULL,"
                    + " amount DECIMAL(14,2) NOT NULL, PRIMARY KEY (channel, platform_order_id, seq))",
            "CREATE TABLE gen_injected (order_no VARCHAR(80) NOT NULL, channel VARCHAR(16) NOT NULL,"
                    + " platform_order_id VARCHAR(64) NOT NULL, check_name VARCHAR(32) NOT NULL,"
                    + " field VARCHAR(64) NOT NULL, kind VARCHAR(40) NOT NULL, PRIMARY KEY (order_no, check_name, field))");

    private ErpLedgerTables() {
    }

    /** Drops (if there) and creates the generated world's tables in the connection's schema. */
    public static void recreate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            for (String ddl : CREATE) {
                statement.execute(ddl);
            }
        }
    }
}
