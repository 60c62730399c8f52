package io.orderhub.monitor.consistency.repair;

import io.orderhub.common.order.Channel;
import io.orderhub.monitor.consistency.check.MissingHereCheck;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An open finding a repair acts on: its order, shop ({@code null} for an order we lack) and the values seen.
 */
record RepairCandidate(long findingId, String orderNo, Channel channel, String shopId, String ourValue,
        String theirValue) {

    /** The platform's order id: our order number without its channel prefix. */
    String platformOrderId() {
        return orderNo.substring(channel.orderNo("").length());
    }

    /** The shop to name in {@code order_audit}, which requires one. */
    String auditShop() {
        return shopId == null ? MissingHereCheck.UNKNOWN_SHOP : shopId;
    }

    /**
     * The open findings of {@code check} on {@code fields} that run {@code runId} saw, oldest first, at most
     * {@code limit}; {@code extraCondition} (SQL on {@code f}, may be empty) narrows further.
     */
    static List<RepairCandidate> seenBy(JdbcTemplate jdbc, String runId, String check, List<String> fields,
            String extraCondition, int limit) {
        String in = String.join(", ", fields.stream().map(f -> "?").toList());
        Object[] args = new Object[fields.size() + 3];
        args[0] = runId;
        args[1] = check;
        for (int i = 0; i < fields.size(); i++) {
            args[i + 2] = fields.get(i);
        }
        args[args.length - 1] = limit;
        return jdbc.query("SELECT f.id, f.order_no, f.channel, f.shop_id, f.our_value, f.their_value"
                        + " FROM consistency_finding f WHERE f.last_run_id = ? AND f.check_name = ? AND f.field IN ("
                        + in + ") AND f.open_key IS NOT NULL" + extraCondition + " ORDER BY f.id LIMIT ?",
                (rs, row) -> new RepairCandidate(rs.getLong(1), rs.getString(2), Channel.valueOf(rs.getString(3)),
                        MissingHereCheck.UNKNOWN_SHOP.equals(rs.getString(4)) ? null : rs.getString(4),
                        rs.getString(5), rs.getString(6)), args);
    }

    /** Evidence for {@code order_audit}: the finding and run, and the given facts, as a JSON object. */
    String evidence(String runId, String... keyValues) {
        StringBuilder json = new StringBuilder("{\"finding\":").append(findingId).append(",\"run\":\"")
                .append(runId).append('"');
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            json.append(",\"").append(keyValues[i]).append("\":\"")
                    .append(String.valueOf(keyValues[i + 1]).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return json.append('}').toString();
    }
}
