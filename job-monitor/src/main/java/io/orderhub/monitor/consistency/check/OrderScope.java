package io.orderhub.monitor.consistency.check;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Which of our orders a run looks at: channels and shops (empty = all) and a creation window
 * ({@code from} inclusive, {@code to} exclusive, GMT+8 wall clock; null = open).
 */
public record OrderScope(List<String> channels, List<String> shops, LocalDateTime from, LocalDateTime to) {

    public static final OrderScope ALL = new OrderScope(List.of(), List.of(), null, null);

    public OrderScope {
        channels = channels == null ? List.of() : List.copyOf(channels);
        shops = shops == null ? List.of() : List.copyOf(shops);
    }

    /** The conditions on {@code unified_order o}, each starting with AND, with named parameters. */
    public String conditions() {
        StringBuilder sql = new StringBuilder();
        if (!channels.isEmpty()) {
            sql.append(" AND o.channel IN (:channels)");
        }
        if (!shops.isEmpty()) {
            sql.append(" AND o.shop_id IN (:shops)");
        }
        if (from != null) {
            sql.append(" AND o.created_at >= :from");
        }
        if (to != null) {
            sql.append(" AND o.created_at < :to");
        }
        return sql.toString();
    }

    public boolean coversChannel(String channel) {
        return channels.isEmpty() || channels.contains(channel);
    }
}
