package io.orderhub.monitor.consistency.check;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One set-based comparison of a check: a query over one order chunk returning the differing orders with columns
 * {@code order_no, channel, shop_id, our_value, their_value}. The query names the range as {@code {range:o}} (one
 * per table read, so every join and sub-aggregate stays inside the chunk) and the scope as {@code {scope}}. A rule
 * whose field differs per row (one per gift line) has a null {@code field} and returns a {@code field} column.
 */
public record CheckRule(CheckName check, String field, TheirSystem system, FindingSeverity severity,
        String suggestedAction, String sql) {

    public List<Finding> find(NamedParameterJdbcTemplate jdbc, OrderChunk chunk) {
        return jdbc.query(chunk.sql(sql), chunk.parameters(), (rs, row) -> new Finding(rs.getString("order_no"),
                rs.getString("channel"), rs.getString("shop_id"), check, field != null ? field : rs.getString("field"),
                text(rs, "our_value"), text(rs, "their_value"), system, severity, suggestedAction));
    }

    /** Money as plain yuan ({@code 12.30}), flags as true/false, dates ISO: the same text on MariaDB and H2. */
    private static String text(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number && !(value instanceof Integer) && !(value instanceof Long)) {
            return new BigDecimal(number.toString()).toPlainString();
        }
        String text = value.toString();
        return text.length() > 255 ? text.substring(0, 255) : text;
    }
}
