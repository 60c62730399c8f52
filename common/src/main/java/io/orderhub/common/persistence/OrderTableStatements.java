package io.orderhub.common.persistence;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every statement that writes the order tables ({@code unified_order}, {@code order_line}, {@code order_marketing},
 * {@code order_status_history}, new rows of {@code order_event_outbox}, {@code order_audit},
 * {@code order_write_lock}), in plain JDBC; {@code OrderTableWritesTest} keeps such statements out of other
 * classes. The multi-row statements are the sync's hot path. Measured: with MyBatis {@code <foreach>} the
 * parameter binding (OGNL and reflection per value) took about half of the sync's CPU; these statements bind
 * positionally with typed setters ({@link StatementParameters}). Plain inserts are one-row statements executed as a
 * batch ({@link #insertRows}: the MariaDB driver's bulk protocol); the statements that need a multi-row text (the
 * guarded upsert, {@code IN} lists) reuse it per row count. Runs in the caller's Spring transaction.
 */
final class OrderTableStatements {

    private static final String HEADER_COLUMNS = "order_no, channel, shop_id, platform_order_id, status, platform_status,"
            + " refund_state, on_hold, goods_amount, discount_amount, freight_amount, tax_amount, paid_amount, currency,"
            + " created_at, paid_at, platform_modified_at, promised_ship_by, shipped_at, delivered_at, presale,"
            + " presale_delivery_date, cross_border, buyer_ref_masked, version, synced_at, buyer_remark, seller_memo,"
            + " receiver_region";

    /**
     * Every column changes only when the incoming platform modified time is newer, so a writer racing us can never
     * move an order backwards; {@code platform_modified_at} is assigned last because MariaDB evaluates the
     * assignments left to right against the already-updated row.
     */
    private static final String HEADER_UPDATE = headerUpdate(">");
    /** A rewrite (backfill after a mapping fix): the same platform version is written again, an older one never. */
    private static final String HEADER_REWRITE = headerUpdate(">=");

    private static String headerUpdate(String newerOrSame) {
        String guard = "VALUES(platform_modified_at) " + newerOrSame + " platform_modified_at";
        return " ON DUPLICATE KEY UPDATE "
                + String.join(", ", List.of("status", "platform_status", "refund_state", "on_hold", "goods_amount",
                        "discount_amount", "freight_amount", "tax_amount", "paid_amount", "currency", "paid_at",
                        "promised_ship_by", "shipped_at", "delivered_at", "presale", "presale_delivery_date",
                        "cross_border", "buyer_ref_masked", "synced_at", "buyer_remark", "seller_memo",
                        "receiver_region").stream()
                        .map(c -> c + " = CASE WHEN " + guard + " THEN VALUES(" + c + ") ELSE " + c + " END")
                        .toList())
                + ", version = CASE WHEN " + guard + " THEN version + 1 ELSE version END"
                + ", platform_modified_at = CASE WHEN " + guard
                + " THEN VALUES(platform_modified_at) ELSE platform_modified_at END";
    }

    /**
     * Most order numbers one statement looks up in {@code order_line} or {@code order_marketing}. {@code order_no}
     * is only the first part of their key, so each value is a range, and from {@code eq_range_index_dive_limit}
     * (200 by default) values on, MariaDB and MySQL estimate such an {@code IN} list from index statistics, misjudge
     * it and scan the whole table instead: measured on 200k orders, a 500-key {@code DELETE} of order lines read all
     * 400k lines and locked them, blocking every other shop's write. Below the limit they look each key up.
     */
    static final int CHILD_KEYS_PER_STATEMENT = 100;

    private final JdbcTemplate jdbc;
    private final Map<String, String> sqlByShape = new ConcurrentHashMap<>();

    OrderTableStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the given shops' rows of {@code order_write_lock} until the caller's transaction ends, creating them on
     * first use. Callers pass them sorted, so two writers never wait for each other in a cycle.
     */
    void lockShops(List<Map.Entry<String, String>> channelShops) {
        String sql = sql("lock-shops", channelShops.size(), n -> "INSERT INTO order_write_lock (channel, shop_id) VALUES "
                + tuples(n, "(?, ?)") + " ON DUPLICATE KEY UPDATE shop_id = VALUES(shop_id)");
        jdbc.update(sql, ps -> {
            int p = 1;
            for (Map.Entry<String, String> shop : channelShops) {
                ps.setString(p++, shop.getKey());
                ps.setString(p++, shop.getValue());
            }
        });
    }

    /**
     * The stored versions, read as a locking (current) read: it sees the latest committed version even when the
     * caller's transaction runs REPEATABLE READ with a snapshot older than the shop lock it now holds.
     */
    List<StoredOrderVersion> selectVersions(List<String> orderNos) {
        String sql = sql("versions", orderNos.size(), n -> "SELECT order_no, status, platform_modified_at "
                + "FROM unified_order WHERE order_no IN (" + placeholders(n) + ") FOR UPDATE");
        return jdbc.query(sql, ps -> bind(ps, orderNos), (rs, i) -> new StoredOrderVersion(rs.getString(1),
                rs.getString(2), rs.getObject(3, java.time.LocalDateTime.class)));
    }

    /**
     * Orders the locking read found no row for (the caller holds their shops' lock rows, so no other writer inserts
     * them meanwhile): a plain insert, no guard needed. An order that appeared all the same fails the statement
     * (duplicate key) and with it the transaction, rather than being written unguarded.
     */
    void insertHeaders(List<UnifiedOrderRow> rows) {
        insertRows("INSERT INTO unified_order (" + HEADER_COLUMNS + ") VALUES (" + placeholders(24) + ", 1, "
                + placeholders(4) + ")", rows, StatementParameters::header);
    }

    /** Orders already stored: the guarded upsert, which writes only a newer version (or the same, for a rewrite). */
    void upsertHeaders(List<UnifiedOrderRow> rows, boolean sameVersionToo) {
        String sql = sql(sameVersionToo ? "headers-rewrite" : "headers", rows.size(), n -> "INSERT INTO unified_order ("
                + HEADER_COLUMNS + ") VALUES " + tuples(n, "(" + placeholders(24) + ", 1, " + placeholders(4) + ")")
                + (sameVersionToo ? HEADER_REWRITE : HEADER_UPDATE));
        jdbc.update(sql, ps -> {
            StatementParameters p = new StatementParameters(ps);
            for (UnifiedOrderRow r : rows) {
                p.header(r);
            }
        });
    }

    void deleteChildren(String table, List<String> orderNos) {
        for (List<String> keys : childKeyBatches(orderNos)) {
            String sql = sql("delete-" + table, keys.size(),
                    n -> "DELETE FROM " + table + " WHERE order_no IN (" + placeholders(n) + ")");
            jdbc.update(sql, ps -> bind(ps, keys));
        }
    }

    /** The order numbers in slices of at most {@link #CHILD_KEYS_PER_STATEMENT}. */
    static List<List<String>> childKeyBatches(List<String> orderNos) {
        List<List<String>> batches = new ArrayList<>(orderNos.size() / CHILD_KEYS_PER_STATEMENT + 1);
        for (int from = 0; from < orderNos.size(); from += CHILD_KEYS_PER_STATEMENT) {
            batches.add(orderNos.subList(from, Math.min(orderNos.size(), from + CHILD_KEYS_PER_STATEMENT)));
        }
        return batches;
    }

    void insertLines(List<OrderLineRow> rows) {
        insertRows("INSERT INTO order_line (order_no, line_no, sku, platform_sku, title, quantity, unit, unit_price,"
                + " discount_share, gift, refund_state, batch_no) VALUES (" + placeholders(12) + ")", rows,
                StatementParameters::line);
    }

    void insertMarketing(List<OrderMarketingRow> rows) {
        insertRows("INSERT INTO order_marketing (order_no, seq, type, funded_by, name, amount) VALUES ("
                + placeholders(6) + ")", rows, StatementParameters::marketing);
    }

    void insertHistory(List<StatusHistoryRow> rows) {
        insertRows("INSERT INTO order_status_history (order_no, from_status, to_status, changed_at, source,"
                + " recorded_at) VALUES (" + placeholders(6) + ")", rows, (p, r) -> p.text(r.orderNo)
                .text(r.fromStatus).text(r.toStatus).time(r.changedAt).text(r.source).time(r.recordedAt));
    }

    void insertEvents(List<OrderEventRow> rows) {
        insertRows("INSERT INTO order_event_outbox (event_id, channel, shop_id, platform_order_id, order_no,"
                + " status_before, status_after, source, occurred_at, payload, created_at) VALUES ("
                + placeholders(11) + ")", rows, (p, r) -> p.text(r.eventId).text(r.channel).text(r.shopId)
                .text(r.platformOrderId).text(r.orderNo).text(r.statusBefore).text(r.statusAfter).text(r.source)
                .time(r.occurredAt).text(r.payload).time(r.createdAt));
    }

    /**
     * The header of one order as a locking (current) read: its row stays locked until the caller's transaction
     * ends. Empty when there is no such order, or when it belongs to another shop. Found by its order number
     * ({@link Channel#orderNo}), the table's one unique key besides the id.
     */
    Optional<LockedOrder> lockOrder(Channel channel, String shopId, String platformOrderId) {
        String orderNo = channel.orderNo(platformOrderId);
        return jdbc.query("SELECT status, paid_amount FROM unified_order WHERE order_no = ? AND shop_id = ? FOR UPDATE",
                (rs, n) -> new LockedOrder(channel, shopId, platformOrderId, orderNo,
                        OrderStatus.valueOf(rs.getString(1)), rs.getBigDecimal(2)),
                orderNo, shopId).stream().findFirst();
    }

    /**
     * Moves an order awaiting payment to PAID: a paid time already stored is kept, the version goes up. An order in
     * any other status is left alone (the statement's own guard). Returns how many rows changed, 0 or 1.
     */
    int markPaid(String orderNo, LocalDateTime paidAt, LocalDateTime now) {
        return jdbc.update("UPDATE unified_order SET status = 'PAID', paid_at = COALESCE(paid_at, ?), "
                + "version = version + 1, synced_at = ? WHERE order_no = ? AND status = 'PENDING_PAYMENT'",
                paidAt, now, orderNo);
    }

    /**
     * Marks a whole order refunded, header and every line (the mappers derive the header's state from the lines:
     * all lines refunded ↔ REFUNDED); the version goes up. An order already REFUNDED is left alone (the statement's
     * own guard). Returns how many headers changed, 0 or 1.
     */
    int markRefunded(String orderNo, LocalDateTime now) {
        int changed = jdbc.update("UPDATE unified_order SET refund_state = 'REFUNDED', version = version + 1,"
                + " synced_at = ? WHERE order_no = ? AND refund_state <> 'REFUNDED'", now, orderNo);
        if (changed == 1) {
            jdbc.update("UPDATE order_line SET refund_state = 'REFUNDED' WHERE order_no = ?", orderNo);
        }
        return changed;
    }

    /** Which of the given orders were never held by a freeze rule (an order is held once, whatever follows). */
    List<String> selectNeverHeld(List<String> orderNos) {
        String sql = sql("never-held", orderNos.size(), n -> "SELECT order_no FROM unified_order WHERE order_no IN ("
                + placeholders(n) + ") AND freeze_state IS NULL");
        return jdbc.query(sql, ps -> bind(ps, orderNos), (rs, i) -> rs.getString(1));
    }

    /**
     * Puts orders on our freeze hold, one statement for the batch; an order held before (even if since released) is
     * left alone by the guard. The sync's upsert never names these columns, so no later version releases it.
     */
    void hold(List<OrderHold> holds, LocalDateTime now) {
        String sql = sql("hold", holds.size(), n -> {
            String perOrder = "CASE order_no " + String.join(" ", Collections.nCopies(n, "WHEN ? THEN ?")) + " END";
            return "UPDATE unified_order SET freeze_state = 'HELD', freeze_rule = " + perOrder + ", freeze_reason = "
                    + perOrder + ", freeze_held_at = ? WHERE order_no IN (" + placeholders(n)
                    + ") AND freeze_state IS NULL";
        });
        jdbc.update(sql, ps -> {
            StatementParameters p = new StatementParameters(ps);
            for (OrderHold h : holds) {
                p.text(h.orderNo()).text(h.rule());
            }
            for (OrderHold h : holds) {
                p.text(h.orderNo()).text(h.reason());
            }
            p.time(now);
            for (OrderHold h : holds) {
                p.text(h.orderNo());
            }
        });
    }

    /** One order's freeze hold as a locking read, for an operator's decision; empty when there is no such order. */
    Optional<HeldOrder> lockHeld(String orderNo) {
        return jdbc.query("SELECT channel, shop_id, platform_order_id, status, freeze_state, freeze_rule"
                        + " FROM unified_order WHERE order_no = ? FOR UPDATE",
                (rs, n) -> new HeldOrder(Channel.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), orderNo,
                        rs.getString(4), rs.getString(5), rs.getString(6)),
                orderNo).stream().findFirst();
    }

    /** Ends a hold: {@code RELEASED} or {@code REJECTED}; 0 when the order is not held (the statement's guard). */
    int endHold(String orderNo, String freezeState) {
        return jdbc.update("UPDATE unified_order SET freeze_state = ? WHERE order_no = ? AND freeze_state = 'HELD'",
                freezeState, orderNo);
    }

    void insertAudit(OrderAuditEntry entry) {
        jdbc.update("INSERT INTO order_audit (channel, shop_id, platform_order_id, action, operator, at, outcome,"
                        + " reason, evidence, status_before, status_after) VALUES (" + placeholders(11) + ")",
                entry.channel().name(), entry.shopId(), entry.platformOrderId(), entry.action(), entry.operator(),
                entry.at(), entry.outcome(), entry.reason(), entry.evidence(), entry.statusBefore(),
                entry.statusAfter());
    }

    /**
     * A plain insert of many rows as one JDBC batch of a one-row statement. The MariaDB driver sends such a batch as
     * one {@code COM_STMT_BULK_EXECUTE} (its default {@code useBulkStmtsForInserts}, and {@code useBulkStmts}): the
     * server prepares the short one-row text and the rows follow in the binary protocol, so neither the driver nor the
     * server parses a multi-row SQL text or escapes each value into it (JFR: ~40 % of the shop threads' time went
     * there; the writer alone went from 3,167 to 7,505 orders/s in {@code bench/run sync}, under load). Drivers
     * without bulk execute the batch row by row (H2). MariaDB 10.11 runs no upsert in bulk (the driver falls back
     * to one statement per row), hence the multi-row text for {@link #upsertHeaders}.
     */
    private <T> void insertRows(String sql, List<T> rows, RowBinder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, rows, rows.size(), (ps, row) -> binder.bind(new StatementParameters(ps), row));
    }

    /** Binds one row's columns in statement order. */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(StatementParameters parameters, T row) throws SQLException;
    }

    private String sql(String shape, int rows, IntFunction<String> build) {
        return sqlByShape.computeIfAbsent(shape + ":" + rows, key -> build.apply(rows));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String tuples(int count, String tuple) {
        return String.join(", ", Collections.nCopies(count, tuple));
    }

    private static void bind(PreparedStatement ps, Collection<String> values) throws SQLException {
        int p = 1;
        for (String value : values) {
            ps.setString(p++, value);
        }
    }
}
