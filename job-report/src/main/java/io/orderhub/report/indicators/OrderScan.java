package io.orderhub.report.indicators;

import io.orderhub.common.order.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The one streaming pass: the orders that can affect the requested days (see {@link #SQL}) with their first
 * shipment, delivery and completion from order_status_history and their operator's hold decision from
 * freeze_decision (each grouped once, in the same statement) and, for orders paid in the range, their lines (one row
 * per line). Never a query per order. Times are read as the GMT+8 wall clock they are stored as
 * ({@code LocalDateTime}, no zone conversion), so the session's zone does not matter.
 */
final class OrderScan {

    /**
     * The hold condition on unified_order — the one place holds are counted: the platform's hold flag, or held by a
     * freeze rule at any time (held now, released or rejected: each needed a person).
     */
    static final String HELD = "(o.on_hold OR o.freeze_state IS NOT NULL)";

    /**
     * The orders created in the look-back window [createdFrom, rangeEnd) (index ix_unified_order_created, V26) of
     * which something falls on or after the range's start: created, paid late enough for a default ship-by in the
     * range (paidDueFrom = range start − the longest default promise), a promised ship-by or presale delivery date,
     * shipped, delivered, held, a status change or an operator's hold decision. Every figure of a day is about one of
     * those events (docs/reports.md, "Definitions"), so an order whose events and ship-by all lie before the range
     * changes none of its figures and is left out. Lines are joined only for orders paid in the range (the
     * fulfilment cells are counted on the day of payment).
     */
    private static final String SQL = "SELECT o.order_no, o.channel, o.shop_id, o.status, o.refund_state, "
            + HELD + " AS held, o.created_at, o.paid_at, o.promised_ship_by, o.shipped_at, o.delivered_at,"
            + " o.presale, o.presale_delivery_date, o.freeze_state, o.freeze_held_at, h.first_shipped_at,"
            + " h.delivered_at AS history_delivered_at, h.completed_at, d.decided_at,"
            + " l.line_no, l.sku, l.platform_sku, l.title"
            + " FROM unified_order o"
            + " LEFT JOIN (SELECT sh.order_no,"
            + "   MIN(CASE WHEN sh.to_status IN ('PARTIALLY_SHIPPED', 'SHIPPED') THEN sh.changed_at END)"
            + "     AS first_shipped_at,"
            + "   MIN(CASE WHEN sh.to_status = 'DELIVERED' THEN sh.changed_at END) AS delivered_at,"
            + "   MIN(CASE WHEN sh.to_status = 'COMPLETED' THEN sh.changed_at END) AS completed_at,"
            + "   MAX(sh.changed_at) AS last_changed_at"
            + "   FROM unified_order w JOIN order_status_history sh ON sh.order_no = w.order_no"
            + "   WHERE w.created_at >= :createdFrom AND w.created_at < :rangeEnd"
            + "   GROUP BY sh.order_no) h ON h.order_no = o.order_no"
            // An operator decides once per order; every live decision row of the order gets the same time. Only
            // the window's held orders (ix_unified_order_freeze) are looked up, by uk_freeze_decision.
            + " LEFT JOIN (SELECT f.order_no, MIN(f.operator_at) AS decided_at"
            + "   FROM unified_order w JOIN freeze_decision f ON f.order_no = w.order_no"
            + "   WHERE w.created_at >= :createdFrom AND w.created_at < :rangeEnd AND w.freeze_state IS NOT NULL"
            + "   AND f.dry_run = FALSE GROUP BY f.order_no) d ON d.order_no = o.order_no"
            + " LEFT JOIN order_line l ON l.order_no = o.order_no"
            + "   AND o.paid_at >= :rangeStart AND o.paid_at < :rangeEnd"
            + " WHERE o.created_at >= :createdFrom AND o.created_at < :rangeEnd"
            + "   AND (o.created_at >= :rangeStart OR o.paid_at >= :paidDueFrom OR o.promised_ship_by >= :rangeStart"
            + "     OR o.presale_delivery_date >= :rangeStartDay OR o.shipped_at >= :rangeStart"
            + "     OR o.delivered_at >= :rangeStart OR o.freeze_held_at >= :rangeStart"
            + "     OR h.last_changed_at >= :rangeStart OR d.decided_at >= :rangeStart)";

    static final String NO_SKU = "(no sku)";

    private OrderScan() {
    }

    /**
     * Feeds the orders created in [createdFrom, end of {@code to}) that can affect the days {@code from..to}, and
     * the lines of those paid in them, to the tallies. Lines are numbered from 1 (OrderRows), so the row with line
     * 1 — or the only row of an order without (joined) lines — carries the order.
     */
    static void run(JdbcTemplate streaming, LocalDateTime createdFrom, LocalDate from, LocalDate to,
            Duration longestDefaultPromise, Set<String> exceptional, IndicatorTallies tallies) {
        Map<String, Object> parameters = Map.of(
                "createdFrom", createdFrom,
                "rangeStart", from.atStartOfDay(),
                "rangeStartDay", from,
                "rangeEnd", to.plusDays(1).atStartOfDay(),
                "paidDueFrom", from.atStartOfDay().minus(longestDefaultPromise));
        new NamedParameterJdbcTemplate(streaming).query(SQL, parameters, (ResultSet row) -> {
            OrderFacts order = facts(row, exceptional);
            if (order == null) {
                return;
            }
            int lineNo = row.getInt("line_no");
            boolean hasLine = !row.wasNull();
            if (!hasLine || lineNo == 1) {
                tallies.addOrder(order);
            }
            if (hasLine) {
                tallies.addLine(order, sku(row), row.getString("title"));
            }
        });
    }

    private static OrderFacts facts(ResultSet row, Set<String> exceptional) throws SQLException {
        Channel channel = channel(row.getString("channel"));
        if (channel == null) {
            return null;
        }
        String orderNo = row.getString("order_no");
        LocalDateTime shippedAt = time(row, "shipped_at");
        LocalDateTime historyShipped = time(row, "first_shipped_at");
        LocalDateTime deliveredAt = time(row, "delivered_at");
        java.sql.Date presaleDate = row.getDate("presale_delivery_date");
        return new OrderFacts(orderNo, channel, row.getString("shop_id"), row.getString("status"),
                row.getString("refund_state"), row.getBoolean("held") || exceptional.contains(orderNo),
                time(row, "created_at"), time(row, "paid_at"), time(row, "promised_ship_by"),
                earliest(shippedAt, historyShipped), deliveredAt != null ? deliveredAt : time(row, "history_delivered_at"),
                time(row, "completed_at"), row.getBoolean("presale"),
                presaleDate == null ? null : LocalDate.parse(presaleDate.toString()), freeze(row));
    }

    /** HELD, RELEASED or REJECTED from freeze_state; the decision's time from its freeze_decision rows. */
    private static OrderFacts.FreezePath freeze(ResultSet row) throws SQLException {
        String state = row.getString("freeze_state");
        LocalDateTime heldAt = time(row, "freeze_held_at");
        if (state == null || heldAt == null) {
            return OrderFacts.FreezePath.NEVER_HELD;
        }
        LocalDateTime decidedAt = time(row, "decided_at");
        return new OrderFacts.FreezePath(heldAt, "RELEASED".equals(state) ? decidedAt : null,
                "REJECTED".equals(state) ? decidedAt : null);
    }

    private static String sku(ResultSet row) throws SQLException {
        String sku = row.getString("sku");
        if (sku == null || sku.isBlank()) {
            sku = row.getString("platform_sku");
        }
        return sku == null || sku.isBlank() ? NO_SKU : sku;
    }

    private static LocalDateTime time(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class);
    }

    private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** The channel of a stored name; null for a name this version does not know (its rows are not counted). */
    static Channel channel(String name) {
        for (Channel channel : Channel.values()) {
            if (channel.name().equals(name)) {
                return channel;
            }
        }
        return null;
    }
}
