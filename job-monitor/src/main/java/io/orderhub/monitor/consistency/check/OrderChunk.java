package io.orderhub.monitor.consistency.check;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A range of our order numbers, {@code after} exclusive (null = from the first) to {@code upTo} inclusive (null = to
 * the end: the last range also covers external rows ordered after our last order), and the run's scope. Every check
 * query is bounded by it on the order number, the key of {@code unified_order} and the leading column of every child
 * and staging table, so each statement reads one index range.
 */
public record OrderChunk(String after, String upTo, OrderScope scope) {

    /** Placeholder in a rule's SQL for the range on {@code <alias>.order_no}: {@code {range:o}}. */
    public String sql(String template) {
        String sql = template.replace("{scope}", scope.conditions());
        int at;
        while ((at = sql.indexOf("{range:")) >= 0) {
            int end = sql.indexOf('}', at);
            String alias = sql.substring(at + 7, end);
            String range = after == null && upTo == null ? "1 = 1"
                    : (after == null ? "" : alias + ".order_no > :after")
                            + (after != null && upTo != null ? " AND " : "")
                            + (upTo == null ? "" : alias + ".order_no <= :upTo");
            sql = sql.substring(0, at) + range + sql.substring(end + 1);
        }
        return sql;
    }

    public MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("after", after)
                .addValue("upTo", upTo)
                .addValue("channels", scope.channels())
                .addValue("shops", scope.shops())
                .addValue("from", scope.from())
                .addValue("to", scope.to());
    }
}
