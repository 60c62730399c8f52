package io.orderhub.monitor.consistency.source;

import io.orderhub.common.job.JobFailure;
import io.orderhub.common.job.RunLog;
import io.orderhub.common.order.Channel;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * External records read through configured queries (or views) on the same database server as ours, e.g.
 * {@code SELECT … FROM erp.sales_order}: each kind's staging table is replaced in one transaction by one
 * {@code INSERT … SELECT} (nothing passes through the JVM), with order_no derived as {@code Channel.orderNo} does.
 * The query returns the contract's columns by name (docs/consistency.md); rows of an unknown channel are counted
 * and left out. Two executors refreshing at once take turns ({@link StagingLock}).
 */
public class JdbcViewSource {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Map<SourceKind, String> queries;

    public JdbcViewSource(JdbcTemplate jdbc, TransactionTemplate transactions, Map<SourceKind, String> queries) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.queries = Map.copyOf(queries);
    }

    public boolean configured() {
        return !queries.isEmpty();
    }

    /** Replaces the staging rows of every configured kind; returns rows staged per kind. */
    public Map<SourceKind, Integer> refresh(RunLog log) {
        Map<SourceKind, Integer> staged = new java.util.EnumMap<>(SourceKind.class);
        queries.forEach((kind, query) -> {
            int[] counts;
            try {
                counts = transactions.execute(status -> {
                    StagingLock.take(jdbc);
                    jdbc.update("DELETE FROM " + kind.table());
                    int rows = jdbc.update(insertSelect(kind, query));
                    Integer unknown = jdbc.queryForObject("SELECT COUNT(*) FROM (" + query + ") q WHERE q.channel"
                            + " NOT IN (" + channelList() + ") OR q.channel IS NULL", Integer.class);
                    return new int[] {rows, unknown == null ? 0 : unknown};
                });
            } catch (DataAccessException e) {
                // A query that does not deliver the contract (a missing column, a value too long for staging): the
                // staged rows stay as they were, the run fails naming the source and the database's reason.
                throw new JobFailure("SOURCE_FAILED", "source " + kind.folderName() + " (query): "
                        + e.getMostSpecificCause().getMessage(), false, e);
            }
            staged.put(kind, counts[0]);
            log.line("source {} (query): {} row(s) staged{}", kind.folderName(), counts[0],
                    counts[1] == 0 ? "" : ", " + counts[1] + " left out: channel not TAOBAO/JD/DOUYIN/PDD");
        });
        return staged;
    }

    static String insertSelect(SourceKind kind, String query) {
        String columns = kind.columns().stream().map(SourceColumn::name).collect(Collectors.joining(", "));
        String selected = kind.columns().stream().map(c -> "q." + c.name()).collect(Collectors.joining(", "));
        String orderNo = "CASE q.channel " + Arrays.stream(Channel.values())
                .map(c -> "WHEN '" + c.name() + "' THEN CONCAT('" + c.orderNo("") + "', q.platform_order_id)")
                .collect(Collectors.joining(" ")) + " END";
        return "INSERT INTO " + kind.table() + " (order_no, " + columns + ") SELECT " + orderNo + ", " + selected
                + " FROM (" + query + ") q WHERE q.channel IN (" + channelList() + ")";
    }

    private static String channelList() {
        return Arrays.stream(Channel.values()).map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
    }
}
