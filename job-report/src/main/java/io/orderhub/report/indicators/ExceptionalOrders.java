package io.orderhub.report.indicators;

import io.orderhub.common.order.Channel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The orders that needed an exception path, by order number, from the tables that record one apart from the order
 * row itself: quarantined payloads, held or dead-lettered callbacks that name their order, applied manual fixes and
 * open consistency findings. Holds are on the order row: {@link OrderScan#HELD} is the one fragment for them.
 * Each source is one query; they are few rows next to the orders, so they are read once per run into a set.
 */
final class ExceptionalOrders {

    /** (channel, platform order id) sources; the order number is {@link Channel#orderNo}. */
    private static final List<String> BY_PLATFORM_ID = List.of(
            "SELECT DISTINCT channel, platform_order_id FROM raw_payload"
                    + " WHERE state = 'QUARANTINED' AND platform_order_id IS NOT NULL",
            // Payment notices name the order they pay (awaits_order); pushes carry it only in their body.
            "SELECT DISTINCT channel, awaits_order FROM inbox_message"
                    + " WHERE state IN ('HELD', 'DEAD') AND channel IS NOT NULL AND awaits_order IS NOT NULL",
            "SELECT DISTINCT channel, platform_order_id FROM order_audit WHERE outcome = 'APPLIED'");

    private static final String OPEN_FINDINGS =
            "SELECT DISTINCT order_no FROM consistency_finding WHERE state IN ('NEW', 'ACKNOWLEDGED')";

    private ExceptionalOrders() {
    }

    static Set<String> read(JdbcTemplate jdbc) {
        Set<String> orderNos = new HashSet<>();
        for (String sql : BY_PLATFORM_ID) {
            jdbc.query(sql, row -> {
                Channel channel = OrderScan.channel(row.getString(1));
                if (channel != null) {
                    orderNos.add(channel.orderNo(row.getString(2)));
                }
            });
        }
        jdbc.query(OPEN_FINDINGS, row -> {
            orderNos.add(row.getString(1));
        });
        return orderNos;
    }
}
