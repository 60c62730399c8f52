package io.orderhub.report.maturity;

import io.orderhub.common.stats.SampledProportion;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the maturity figures of a date range from our own tables, read-only, a handful of set-based statements
 * whatever the number of orders (no statement per order). Days are GMT+8 like every stored time; {@code now} is the
 * GMT+8 wall clock that still-open alerts and quarantined payloads are measured up to.
 */
public class MaturityFigureReader {

    /** One row of figures for the orders created in the range; each LEFT JOIN is a distinct set built once. */
    private static final String ORDERS = """
            SELECT COUNT(*),
                   COALESCE(SUM(CASE WHEN o.on_hold = TRUE OR a.platform_order_id IS NOT NULL OR m.order_no IS NOT NULL
                                      OR r.platform_order_id IS NOT NULL THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN o.paid_at IS NOT NULL THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN o.paid_at IS NOT NULL AND p.platform_order_id IS NOT NULL THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN r.platform_order_id IS NOT NULL THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN o.on_hold = TRUE THEN 1 ELSE 0 END), 0),
                   COUNT(DISTINCT CASE WHEN e.channel IS NOT NULL THEN o.channel END)
              FROM unified_order o
              LEFT JOIN (SELECT DISTINCT channel, shop_id, platform_order_id FROM order_audit
                          WHERE outcome = 'APPLIED') a
                     ON a.channel = o.channel AND a.shop_id = o.shop_id AND a.platform_order_id = o.platform_order_id
              LEFT JOIN (SELECT DISTINCT channel, shop_id, platform_order_id FROM order_audit
                          WHERE outcome = 'APPLIED' AND action = 'MARK_PAID') p
                     ON p.channel = o.channel AND p.shop_id = o.shop_id AND p.platform_order_id = o.platform_order_id
              LEFT JOIN (SELECT DISTINCT order_no FROM order_status_history
                          WHERE source = 'MANUAL' AND changed_at >= ?) m
                     ON m.order_no = o.order_no
              LEFT JOIN (SELECT DISTINCT channel, shop_id, platform_order_id FROM raw_payload
                          WHERE state = 'REPLAYED' AND platform_order_id IS NOT NULL) r
                     ON r.channel = o.channel AND r.shop_id = o.shop_id AND r.platform_order_id = o.platform_order_id
              LEFT JOIN (SELECT DISTINCT channel FROM channel_shop WHERE enabled = TRUE) e
                     ON e.channel = o.channel
             WHERE o.created_at >= ? AND o.created_at < ?
            """;

    private static final String ACCURACY = """
            SELECT COALESCE(SUM(compared), 0), COALESCE(SUM(matches), 0) FROM state_accuracy_run
             WHERE started_at >= ? AND started_at < ?
            """;

    private static final String OPEN_FINDINGS = """
            SELECT COALESCE(SUM(CASE WHEN check_name = 'AMOUNT' THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN check_name = 'STATUS_DRIFT' THEN 1 ELSE 0 END), 0)
              FROM consistency_finding WHERE state IN ('NEW', 'ACKNOWLEDGED') AND first_seen_at < ?
            """;

    /** The newest channel (latest first shop row) and when its first sync run that brought new orders ended. */
    private static final String NEWEST_CHANNEL = """
            SELECT s.channel, s.first_shop_at,
                   (SELECT MIN(r.finished_at) FROM sync_run r WHERE r.channel = s.channel AND r.orders_new > 0)
              FROM (SELECT channel, MIN(created_at) AS first_shop_at FROM channel_shop GROUP BY channel) s
             ORDER BY s.first_shop_at DESC, s.channel
             LIMIT 1
            """;

    private final JdbcTemplate jdbc;

    public MaturityFigureReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public MaturityFigures read(LocalDate from, LocalDate to, LocalDateTime now) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        long[] orders = jdbc.queryForObject(ORDERS, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)}, start, start, end);
        MaturityFigures.Automation automation = new MaturityFigures.Automation(orders[0], orders[1], orders[2],
                orders[3], orders[4], orders[5]);
        return new MaturityFigures(automation, consistency(start, end, orders[0]), exceptionHandling(start, end, now),
                extensibility(orders[6]));
    }

    private MaturityFigures.Consistency consistency(LocalDateTime start, LocalDateTime end, long orders) {
        long[] accuracy = jdbc.queryForObject(ACCURACY, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                start, end);
        long[] findings = jdbc.queryForObject(OPEN_FINDINGS, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, end);
        return new MaturityFigures.Consistency(new SampledProportion(accuracy[1], accuracy[0]), orders, findings[0],
                findings[1]);
    }

    private MaturityFigures.ExceptionHandling exceptionHandling(LocalDateTime start, LocalDateTime end,
            LocalDateTime now) {
        RecoveryTimes alerts = new RecoveryTimes();
        jdbc.query("SELECT starts_at, ends_at FROM alert_state WHERE starts_at >= ? AND starts_at < ?",
                rs -> {
                    alerts.add(secondsBetween(rs.getObject(1, LocalDateTime.class),
                            rs.getObject(2, LocalDateTime.class), now));
                }, start, end);
        RecoveryTimes quarantine = new RecoveryTimes();
        jdbc.query("SELECT received_at, state, updated_at FROM raw_payload WHERE received_at >= ? AND received_at < ?",
                rs -> {
                    LocalDateTime settled = "QUARANTINED".equals(rs.getString(2)) ? null
                            : rs.getObject(3, LocalDateTime.class);
                    quarantine.add(secondsBetween(rs.getObject(1, LocalDateTime.class), settled, now));
                }, start, end);
        long dead = count("SELECT COUNT(*) FROM inbox_message WHERE state = 'DEAD' AND received_at < ?", end);
        long quarantined = count("SELECT COUNT(*) FROM raw_payload WHERE state = 'QUARANTINED' AND received_at < ?", end);
        return new MaturityFigures.ExceptionHandling(alerts.stats(), quarantine.stats(), dead, quarantined);
    }

    private MaturityFigures.Extensibility extensibility(long channelsWithOrders) {
        long configured = count("SELECT COUNT(DISTINCT channel) FROM channel_shop WHERE enabled = TRUE");
        List<NewestChannel> newest = jdbc.query(NEWEST_CHANNEL, (rs, i) -> new NewestChannel(rs.getString(1),
                rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class)));
        if (newest.isEmpty()) {
            return new MaturityFigures.Extensibility(configured, channelsWithOrders, Optional.empty(), Optional.empty());
        }
        NewestChannel channel = newest.get(0);
        Optional<Duration> onboarding = Optional.ofNullable(channel.firstOrderAt())
                .map(first -> Duration.between(channel.firstShopAt(), first))
                .map(d -> d.isNegative() ? Duration.ZERO : d);
        return new MaturityFigures.Extensibility(configured, channelsWithOrders, Optional.of(channel.channel()),
                onboarding);
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    /** From → settled, or from → now while not settled. */
    private static long secondsBetween(LocalDateTime from, LocalDateTime settled, LocalDateTime now) {
        return Duration.between(from, settled == null ? now : settled).toSeconds();
    }

    private record NewestChannel(String channel, LocalDateTime firstShopAt, LocalDateTime firstOrderAt) {
    }
}
