package io.orderhub.bench;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderLineRow;
import io.orderhub.common.persistence.OrderMarketingRow;
import io.orderhub.common.persistence.OrderRows;
import io.orderhub.common.persistence.StatementParameters;
import io.orderhub.common.persistence.UnifiedOrderRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ceiling: hand-written multi-row upserts of 500 orders per statement over one JDBC connection, bound with the
 * same typed setters as the writer ({@link StatementParameters}), so that the comparison is about what is written.
 * Not done here, unlike the sync: no lock or read of stored versions (no guard), no replacement of an existing
 * order's lines and marketing (plain inserts into emptied tables), no status history or outbox, no cursor, lease or
 * run record, and no HTTP, parsing or mapping (README.md, Benchmarks).
 *
 * <p>With {@code bulkInserts} the lines and marketing go as a JDBC batch of a one-row {@code INSERT} instead, which
 * the MariaDB driver sends as one {@code COM_STMT_BULK_EXECUTE} (binary rows, no multi-row SQL text), as the writer
 * now sends its plain inserts; the headers stay the multi-row upsert (MariaDB 10.11 runs no bulk upsert). Both are
 * measured, so that the ceiling is not left behind by a protocol the writer uses.
 */
final class RawJdbcUpsert {

    private static final int CHUNK = 500;
    private static final String HEADER_COLUMNS = "order_no, channel, shop_id, platform_order_id, status, platform_status,"
            + " refund_state, on_hold, goods_amount, discount_amount, freight_amount, tax_amount, paid_amount, currency,"
            + " created_at, paid_at, platform_modified_at, promised_ship_by, shipped_at, delivered_at, presale,"
            + " presale_delivery_date, cross_border, buyer_ref_masked, version, synced_at, buyer_remark, seller_memo,"
            + " receiver_region";

    private static final String LINE_INSERT = "INSERT INTO order_line (order_no, line_no, sku, platform_sku, title,"
            + " quantity, unit, unit_price, discount_share, gift, refund_state, batch_no) VALUES ";
    private static final String LINE_ROW = "(?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String MARKETING_INSERT = "INSERT INTO order_marketing (order_no, seq, type, funded_by, name,"
            + " amount) VALUES ";
    private static final String MARKETING_ROW = "(?,?,?,?,?,?)";

    private final JdbcTemplate jdbc;
    private final boolean bulkInserts;

    RawJdbcUpsert(JdbcTemplate jdbc, boolean bulkInserts) {
        this.jdbc = jdbc;
        this.bulkInserts = bulkInserts;
    }

    void write(List<UnifiedOrder> orders) {
        jdbc.execute((Connection connection) -> {
            connection.setAutoCommit(false);
            LocalDateTime now = LocalDateTime.now(OmsCommonAutoConfiguration.PLATFORM_ZONE).withNano(0);
            for (int i = 0; i < orders.size(); i += CHUNK) {
                List<UnifiedOrder> chunk = orders.subList(i, Math.min(orders.size(), i + CHUNK));
                headers(connection, chunk.stream().map(o -> OrderRows.header(o, now)).toList());
                List<OrderLineRow> lineRows = new ArrayList<>();
                List<OrderMarketingRow> marketingRows = new ArrayList<>();
                chunk.forEach(o -> {
                    lineRows.addAll(OrderRows.lines(o));
                    marketingRows.addAll(OrderRows.marketing(o));
                });
                if (bulkInserts) {
                    bulk(connection, LINE_INSERT + LINE_ROW, lineRows, StatementParameters::line);
                    bulk(connection, MARKETING_INSERT + MARKETING_ROW, marketingRows, StatementParameters::marketing);
                } else {
                    lines(connection, lineRows);
                    marketing(connection, marketingRows);
                }
                connection.commit();
            }
            connection.setAutoCommit(true);
            return null;
        });
    }

    private static void headers(Connection connection, List<UnifiedOrderRow> rows) throws SQLException {
        String sql = "INSERT INTO unified_order (" + HEADER_COLUMNS + ") VALUES "
                + String.join(",", Collections.nCopies(rows.size(), "(" + String.join(",", Collections.nCopies(24, "?")) + ",1,?,?,?,?)"))
                + " ON DUPLICATE KEY UPDATE status = VALUES(status), platform_modified_at = VALUES(platform_modified_at),"
                + " paid_amount = VALUES(paid_amount), version = version + 1";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            StatementParameters p = new StatementParameters(statement);
            for (UnifiedOrderRow r : rows) {
                p.header(r);
            }
            statement.executeUpdate();
        }
    }

    private static void lines(Connection connection, List<OrderLineRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = LINE_INSERT + String.join(",", Collections.nCopies(rows.size(), LINE_ROW));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            StatementParameters p = new StatementParameters(statement);
            for (OrderLineRow r : rows) {
                p.line(r);
            }
            statement.executeUpdate();
        }
    }

    private static void marketing(Connection connection, List<OrderMarketingRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = MARKETING_INSERT + String.join(",", Collections.nCopies(rows.size(), MARKETING_ROW));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            StatementParameters p = new StatementParameters(statement);
            for (OrderMarketingRow r : rows) {
                p.marketing(r);
            }
            statement.executeUpdate();
        }
    }

    private static <T> void bulk(Connection connection, String sql, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(new StatementParameters(statement), row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(StatementParameters parameters, T row) throws SQLException;
    }
}
