package io.orderhub.monitor.consistency;

import io.orderhub.monitor.consistency.source.SourceKind;
import io.orderhub.sandbox.erp.ledger.ErpLedgerGenerator;
import io.orderhub.sandbox.erp.ledger.ErpLedgerScenario;
import io.orderhub.sandbox.erp.ledger.OurOrderTablesCopy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generated ERP/WMS/ledger world in the test schema: generated, our copies of its orders put in our order
 * tables (as a sync would have stored them: tests may write order tables directly), and the external tables read
 * through the documented source queries.
 */
final class GeneratedWorld {

    /** The source queries of docs/consistency.md, over the generator's tables. */
    static final Map<SourceKind, String> QUERIES = Map.of(
            SourceKind.ERP_ORDER, "SELECT channel, platform_order_id, order_amount, status, refunded,"
                    + " promised_ship_date FROM erp_sales_order",
            SourceKind.WMS_SHIPMENT, "SELECT channel, platform_order_id, shipment_no, state, shipped_at, tracking_no"
                    + " FROM wms_shipment",
            SourceKind.WMS_STOCK_MOVEMENT, "SELECT channel, platform_order_id, movement_no, sku, quantity, gift"
                    + " FROM wms_stock_movement",
            SourceKind.LEDGER_ENTRY, "SELECT channel, platform_order_id, entry_no, kind, amount, booked_at"
                    + " FROM ledger_entry",
            SourceKind.TAX_LINE, "SELECT channel, platform_order_id, seq, tax_kind, rate, amount"
                    + " FROM tax_declaration_line");

    static final List<String> OUR_TABLES = List.of("refetch_request", "consistency_finding_audit",
            "consistency_finding", "watch_alert",
            "cc_erp_order", "cc_wms_shipment", "cc_wms_stock_movement", "cc_ledger_entry", "cc_tax_line",
            "cc_source_file", "cc_rejected_row", "order_event_outbox", "order_status_history", "order_marketing",
            "order_line", "unified_order");

    private GeneratedWorld() {
    }

    static ErpLedgerGenerator.Generated load(JdbcTemplate jdbc, ErpLedgerScenario scenario) throws SQLException {
        for (String table : OUR_TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
        DataSource dataSource = jdbc.getDataSource();
        ErpLedgerGenerator.Generated generated;
        try (Connection connection = dataSource.getConnection()) {
            generated = ErpLedgerGenerator.generate(connection, scenario);
            OurOrderTablesCopy.copy(connection);
        }
        return generated;
    }

    /** Ground truth: {@code order_no|check|field} of every injected inconsistency, optionally of one check. */
    static Set<String> injected(JdbcTemplate jdbc, String check) {
        return new HashSet<>(jdbc.queryForList("SELECT CONCAT(order_no, '|', check_name, '|', field)"
                + " FROM gen_injected WHERE check_name = ?", String.class, check));
    }

    /** The open findings, as {@code order_no|check|field}. */
    static Set<String> openFindings(JdbcTemplate jdbc, String check) {
        return new HashSet<>(jdbc.queryForList("SELECT open_key FROM consistency_finding"
                + " WHERE open_key IS NOT NULL AND check_name = ?", String.class, check));
    }
}
