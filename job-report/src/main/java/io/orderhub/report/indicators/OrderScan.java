package io.orderhub.report.indicators;

import io.orderhub.common.order.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one streaming pass: every order created in the scanned window with its first shipment, delivery and
 * completion from order_status_history (grouped once, in the same statement) and its lines (one row per line).
 * Never a query per order. Times are read as the GMT+8 wall clock they are stored as ({@code LocalDateTime}, no
 * zone conversion), so the session's zone does not matter.
 */
final class OrderScan {

    /**
     * The hold condition on unified_order — the one place holds are counted. When V23 adds platform_on_hold /
     * freeze_held, they join here: {@code (o.on_hold OR o.platform_on_hold OR o.freeze_held)}.
     */
    static final String HELD = "(o.on_hold)";

    private static final String SQL = "SELECT o.order_no, o.channel, o.shop_id, o.status, o.refund_state, "
            + HELD + " AS held, o.created_at, o.paid_at, o.promised_ship_by, o.shipped_at, o.delivered_at,"
            + " o.presale, o.presale_delivery_date, h.first_shipped_at, h.delivered_at AS history_delivered_at,"
            + " h.completed_at, l.line_no, l.sku, l.platform_sku, l.title"
            + " FROM unified_order o"
            + " LEFT JOIN (SELECT order_no,"
            + "   MIN(CASE WHEN to_status IN ('PARTIALLY_SHIPPED', 'SHIPPED') THEN changed_at END) AS first_shipped_at,"
            + "   MIN(CASE WHEN to_status = 'DELIVERED' THEN changed_at END) AS delivered_at,"
            + "   MIN(CASE WHEN to_status = 'COMPLETED' THEN changed_at END) AS completed_at"
            + "   FROM order_status_history WHERE changed_at >= ? GROUP BY order_no) h ON h.order_no = o.order_no"
            + " LEFT JOIN order_line l ON l.order_no = o.order_no"
            + " WHERE o.created_at >= ? AND o.created_at < ?";

    static final String NO_SKU = "(no sku)";

    private OrderScan() {
    }

    /**
     * Feeds every order created in [createdFrom, createdBefore) and its lines to the tallies. Lines are numbered
     * from 1 (OrderRows), so the row with line 1 — or the only row of an order without lines — carries the order.
     */
    static void run(JdbcTemplate streaming, LocalDateTime createdFrom, LocalDateTime createdBefore,
            Set<String> exceptional, IndicatorTallies tallies) {
        streaming.query(SQL, row -> {
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
        }, createdFrom, createdFrom, createdBefore);
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
                presaleDate == null ? null : LocalDate.parse(presaleDate.toString()));
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
