package io.orderhub.monitor.consistency.finding;

import io.orderhub.monitor.consistency.check.CheckName;
import io.orderhub.monitor.consistency.check.Finding;
import io.orderhub.monitor.consistency.check.OrderChunk;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Table {@code consistency_finding}. The database keeps one open finding per (order, check, field): the unique
 * {@code open_key} is set while a finding is NEW or ACKNOWLEDGED, so two executors recording the same finding at once
 * meet in {@code ON DUPLICATE KEY UPDATE} and one row results. {@code last_seen_at} only moves forward, so a run
 * that started earlier never makes a finding look older than a later run saw it; auto-resolution closes what the
 * run's own start did not see again.
 */
public class FindingStore {

    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Records what a run saw: new findings as NEW, findings already open get the run and the values seen now. */
    public void record(Collection<Finding> findings, String runId, LocalDateTime seenAt) {
        if (findings.isEmpty()) {
            return;
        }
        // One order of keys for every executor: two batches over the same keys lock them in the same order.
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::openKey));
        List<Object[]> rows = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            rows.add(new Object[] {f.openKey(), f.orderNo(), f.channel(), f.shopId(), f.check().name(), f.field(),
                    f.ourValue(), f.theirValue(), f.theirSystem().name(), f.severity().name(), f.suggestedAction(),
                    runId, runId, seenAt, seenAt});
        }
        retryingOnConflict(() -> jdbc.batchUpdate("INSERT INTO consistency_finding (open_key, order_no, channel,"
                + " shop_id, check_name, field, our_value, their_value, their_system, severity, suggested_action,"
                + " state, first_run_id, last_run_id, first_seen_at, last_seen_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE our_value = VALUES(our_value), their_value = VALUES(their_value),"
                + " severity = VALUES(severity), last_run_id = VALUES(last_run_id),"
                + " last_seen_at = GREATEST(last_seen_at, VALUES(last_seen_at))", rows));
    }

    /**
     * Closes as AUTO_RESOLVED the open findings of {@code checks} on orders of the chunk (and of the run's scope)
     * that were last seen before {@code runStartedAt}: this run looked at them and no longer sees them. A finding on
     * an order we lack (MISSING_HERE) is in the scope by its channel: it has no shop or creation time here, and the
     * checks that see such findings run only in runs not limited by those.
     */
    public int autoResolve(Collection<CheckName> checks, OrderChunk chunk, LocalDateTime runStartedAt) {
        MapSqlParameterSource parameters = chunk.parameters()
                .addValue("checks", checks.stream().map(Enum::name).toList())
                .addValue("startedAt", runStartedAt);
        String sql = chunk.sql("UPDATE consistency_finding SET state = 'AUTO_RESOLVED', open_key = NULL,"
                + " closed_by = 'auto', closed_at = :startedAt, close_reason = 'not seen by a later run'"
                + " WHERE open_key IS NOT NULL AND check_name IN (:checks) AND last_seen_at < :startedAt"
                + " AND {range:consistency_finding} AND (order_no IN (SELECT o.order_no FROM unified_order o"
                + " WHERE {range:o}{scope}) OR NOT EXISTS (SELECT 1 FROM unified_order u"
                + " WHERE u.order_no = consistency_finding.order_no)"
                + (chunk.scope().channels().isEmpty() ? "" : " AND consistency_finding.channel IN (:channels)")
                + ")");
        return retryingOnConflict(() -> named.update(sql, parameters));
    }

    /** Closes an open finding a safe repair settled as RESOLVED by {@code operator} ({@code repair:<check>}). */
    public void resolveByRepair(long id, String operator, LocalDateTime at, String reason) {
        jdbc.update("UPDATE consistency_finding SET state = 'RESOLVED', open_key = NULL, closed_by = ?, closed_at = ?,"
                + " close_reason = ? WHERE id = ? AND open_key IS NOT NULL", operator, at, reason, id);
    }

    /** New findings a run recorded first, per check, channel, shop and severity. */
    public List<NewFindings> newFindings(String runId) {
        return jdbc.query("SELECT check_name, channel, shop_id, severity, COUNT(*) FROM consistency_finding"
                        + " WHERE first_run_id = ? GROUP BY check_name, channel, shop_id, severity"
                        + " ORDER BY check_name, channel, shop_id, severity",
                (rs, row) -> new NewFindings(CheckName.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5)), runId);
    }

    /** How many new findings of one severity a run saw in one shop for one check. */
    public record NewFindings(CheckName check, String channel, String shopId, String severity, int count) {
    }

    private static <T> T retryingOnConflict(java.util.function.Supplier<T> statement) {
        for (int attempt = 1; ; attempt++) {
            try {
                return statement.get();
            } catch (ConcurrencyFailureException e) {
                // Two executors upserting overlapping keys can deadlock on InnoDB's unique-key locks; the
                // statement is idempotent, so it is repeated.
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
