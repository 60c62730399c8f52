package io.orderhub.bench;

import io.orderhub.sandbox.erp.ledger.ErpLedgerGenerator;
import io.orderhub.sandbox.erp.ledger.ErpLedgerScenario;
import io.orderhub.sandbox.erp.ledger.OurOrderTablesCopy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * bench/run consistency's database side, a plain JDBC tool (no Spring): {@code generate <jdbc-url> <orders>}
 * fills the generated ERP/WMS/ledger world and copies its orders into our order tables (bench writes them directly;
 * it is exempt from the write-path rule); {@code scan <jdbc-url>} times one bare join scan of the tables the checks
 * read (ours, each external table aggregated per order, no conditions) and {@code score <jdbc-url>} compares the
 * open findings with the ground truth. Prints key=value lines.
 */
public final class ConsistencyWorld {

    private ConsistencyWorld() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: generate <jdbc-url> <orders> | scan <jdbc-url> | score <jdbc-url>");
        }
        try (Connection connection = DriverManager.getConnection(args[1], System.getProperty("db.user", "root"),
                System.getProperty("db.password", ""))) {
            switch (args[0]) {
                case "generate" -> generate(connection, Integer.parseInt(args[2]));
                case "scan" -> scan(connection);
                case "score" -> score(connection);
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        }
    }

    private static void generate(Connection connection, int orders) throws SQLException {
        long started = System.nanoTime();
        ErpLedgerGenerator.Generated generated = ErpLedgerGenerator.generate(connection,
                ErpLedgerScenario.of(orders, 0.001));
        OurOrderTablesCopy.copy(connection);
        System.out.println("orders=" + generated.orders());
        System.out.println("injected=" + generated.injectedTotal());
        System.out.println("generate_ms=" + (System.nanoTime() - started) / 1_000_000);
    }

    private static void scan(Connection connection) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*), SUM(e.order_amount), SUM(l.amount),"
                        + " SUM(s.n), SUM(m.n), SUM(t.n), SUM(ol.goods), SUM(om.amount) FROM unified_order o"
                        + " LEFT JOIN cc_erp_order e ON e.order_no = o.order_no"
                        + " LEFT JOIN (SELECT order_no, SUM(amount) AS amount FROM cc_ledger_entry GROUP BY order_no) l"
                        + " ON l.order_no = o.order_no"
                        + " LEFT JOIN (SELECT order_no, COUNT(*) AS n FROM cc_wms_shipment GROUP BY order_no) s"
                        + " ON s.order_no = o.order_no"
                        + " LEFT JOIN (SELECT order_no, COUNT(*) AS n FROM cc_wms_stock_movement GROUP BY order_no) m"
                        + " ON m.order_no = o.order_no"
                        + " LEFT JOIN (SELECT order_no, COUNT(*) AS n FROM cc_tax_line GROUP BY order_no) t"
                        + " ON t.order_no = o.order_no"
                        + " LEFT JOIN (SELECT order_no, SUM(quantity * unit_price) AS goods FROM order_line"
                        + " GROUP BY order_no) ol ON ol.order_no = o.order_no"
                        + " LEFT JOIN (SELECT order_no, SUM(amount) AS amount FROM order_marketing GROUP BY order_no)"
                        + " om ON om.order_no = o.order_no")) {
            rs.next();
            System.out.println("scan_rows=" + rs.getLong(1));
        }
        System.out.println("scan_ms=" + (System.nanoTime() - started) / 1_000_000);
    }

    private static void score(Connection connection) throws SQLException {
        System.out.println("findings=" + count(connection, "SELECT COUNT(*) FROM consistency_finding"
                + " WHERE open_key IS NOT NULL"));
        // Joined on columns, so both sides use a key: the open finding's (check_name, order_no), the truth's primary key.
        System.out.println("missed=" + count(connection, "SELECT COUNT(*) FROM gen_injected g WHERE NOT EXISTS"
                + " (SELECT 1 FROM consistency_finding f WHERE f.check_name = g.check_name AND f.order_no = g.order_no"
                + " AND f.field = g.field AND f.open_key IS NOT NULL)"));
        System.out.println("extra=" + count(connection, "SELECT COUNT(*) FROM consistency_finding f"
                + " WHERE f.open_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM gen_injected g"
                + " WHERE g.order_no = f.order_no AND g.check_name = f.check_name AND g.field = f.field)"));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
