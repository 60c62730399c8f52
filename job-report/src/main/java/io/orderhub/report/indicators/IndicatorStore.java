package io.orderhub.report.indicators;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.common.stats.WilsonInterval;
import io.orderhub.report.health.DailyIndicators;
import io.orderhub.report.health.DurationStats;
import io.orderhub.report.health.FulfilmentCell;
import io.orderhub.report.health.OnTimeShipping;
import io.orderhub.report.health.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one store of the indicator tables (V20). {@link #replace} deletes the computed days in all three tables and
 * inserts their rows in one transaction: a re-run replaces a day, a failed run leaves the previous figures.
 */
public class IndicatorStore {

    private static final int BATCH = 500;
    private static final String[] TABLES = {"report_daily_indicator", "report_stage_duration", "report_fulfilment_cell"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public IndicatorStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public void replace(ComputedDays computed, LocalDateTime computedAt) {
        transaction.executeWithoutResult(status -> {
            for (String table : TABLES) {
                jdbc.update("DELETE FROM " + table + " WHERE report_day >= ? AND report_day <= ?", computed.from(),
                        computed.to());
            }
            insertDaily(computed.daily(), computedAt);
            insertStages(computed.stages(), computedAt);
            insertFulfilment(computed.fulfilment(), computedAt);
        });
    }

    private void insertDaily(List<DailyIndicators> rows, LocalDateTime computedAt) {
        jdbc.batchUpdate("INSERT INTO report_daily_indicator (report_day, channel, shop_id, orders, shipped_on_time,"
                + " shipped_late, unshipped_late, excluded_cancelled, excluded_refunded, default_promise_used,"
                + " accuracy_n, accuracy_matches, accuracy_low, accuracy_high, exception_orders, refunded_orders,"
                + " paid_to_shipped_count, paid_to_shipped_mean_s, paid_to_shipped_p50_s, paid_to_shipped_p95_s,"
                + " sync_lag_seconds, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, BATCH, (ps, d) -> {
                    OnTimeShipping onTime = d.onTime();
                    Optional<WilsonInterval> interval = d.accuracy().interval95();
                    Optional<DurationStats> paid = d.paidToShipped();
                    Object[] values = {d.day(), d.channel(), d.shopId(), d.orders(), onTime.shippedOnTime(),
                            onTime.shippedLate(), onTime.unshippedLate(), onTime.excludedCancelled(),
                            onTime.excludedRefunded(), onTime.defaultPromiseUsed(),
                            d.accuracy().measured() ? d.accuracy().n() : null,
                            d.accuracy().measured() ? d.accuracy().matches() : null,
                            interval.map(i -> decimal(i.low())).orElse(null),
                            interval.map(i -> decimal(i.high())).orElse(null), d.exceptionOrders(),
                            d.refundedOrders(), paid.map(DurationStats::count).orElse(0L),
                            paid.map(DurationStats::meanSeconds).orElse(null),
                            paid.map(DurationStats::p50Seconds).orElse(null),
                            paid.map(DurationStats::p95Seconds).orElse(null), d.syncLagSeconds().orElse(null),
                            computedAt};
                    bind(ps, values);
                });
    }

    private void insertStages(List<StageRow> rows, LocalDateTime computedAt) {
        jdbc.batchUpdate("INSERT INTO report_stage_duration (report_day, channel, from_stage, to_stage, orders,"
                + " sum_seconds, p50_s, p95_s, histogram, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, BATCH, (ps, row) -> {
                    StageKey key = row.key();
                    ps.setObject(1, key.day());
                    ps.setString(2, key.channel());
                    ps.setString(3, key.from().name());
                    ps.setString(4, key.to().name());
                    ps.setLong(5, row.durations().count());
                    ps.setLong(6, row.durations().sumSeconds());
                    ps.setLong(7, row.durations().percentile(50));
                    ps.setLong(8, row.durations().percentile(95));
                    ps.setBytes(9, row.durations().encode());
                    ps.setObject(10, computedAt);
                });
    }

    private void insertFulfilment(List<FulfilmentCell> rows, LocalDateTime computedAt) {
        jdbc.batchUpdate("INSERT INTO report_fulfilment_cell (report_day, channel, sku, title, line_count, shipped,"
                + " late, paid_to_shipped_count, paid_to_shipped_mean_s, paid_to_shipped_p50_s, paid_to_shipped_p95_s,"
                + " computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, BATCH, (ps, cell) -> {
                    Optional<DurationStats> paid = cell.paidToShipped();
                    Object[] values = {cell.day(), cell.channel(), cell.sku(), cell.title(), cell.lines(),
                            cell.shipped(), cell.late(), paid.map(DurationStats::count).orElse(0L),
                            paid.map(DurationStats::meanSeconds).orElse(null),
                            paid.map(DurationStats::p50Seconds).orElse(null),
                            paid.map(DurationStats::p95Seconds).orElse(null), computedAt};
                    bind(ps, values);
                });
    }

    public List<DailyIndicators> readDaily(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT * FROM report_daily_indicator WHERE report_day >= ? AND report_day <= ?"
                + " ORDER BY report_day, channel, shop_id", (row, i) -> new DailyIndicators(
                        row.getObject("report_day", LocalDate.class), row.getString("channel"),
                        row.getString("shop_id"), row.getLong("orders"),
                        new OnTimeShipping(row.getLong("shipped_on_time"), row.getLong("shipped_late"),
                                row.getLong("unshipped_late"), row.getLong("excluded_cancelled"),
                                row.getLong("excluded_refunded"), row.getLong("default_promise_used")),
                        accuracy(row), row.getLong("exception_orders"), row.getLong("refunded_orders"),
                        durations(row), Optional.ofNullable(row.getObject("sync_lag_seconds", Long.class))),
                from, to);
    }

    public List<StageRow> readStages(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT report_day, channel, from_stage, to_stage, sum_seconds, histogram"
                + " FROM report_stage_duration WHERE report_day >= ? AND report_day <= ?"
                + " ORDER BY report_day, channel, from_stage, to_stage", (row, i) -> new StageRow(
                        new StageKey(row.getObject("report_day", LocalDate.class), row.getString("channel"),
                                Stage.valueOf(row.getString("from_stage")), Stage.valueOf(row.getString("to_stage"))),
                        DurationTally.decode(row.getBytes("histogram"), row.getLong("sum_seconds"))), from, to);
    }

    public List<FulfilmentCell> readFulfilment(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT * FROM report_fulfilment_cell WHERE report_day >= ? AND report_day <= ?"
                + " ORDER BY report_day, channel, sku", (row, i) -> new FulfilmentCell(row.getString("channel"),
                        row.getObject("report_day", LocalDate.class), row.getString("sku"), row.getString("title"),
                        row.getLong("line_count"), row.getLong("shipped"), row.getLong("late"), durations(row)),
                from, to);
    }

    private static SampledProportion accuracy(ResultSet row) throws SQLException {
        long n = row.getLong("accuracy_n");
        return row.wasNull() ? new SampledProportion(0, 0) : new SampledProportion(row.getLong("accuracy_matches"), n);
    }

    private static Optional<DurationStats> durations(ResultSet row) throws SQLException {
        long count = row.getLong("paid_to_shipped_count");
        return count == 0 ? Optional.empty() : Optional.of(new DurationStats(count,
                row.getDouble("paid_to_shipped_mean_s"), row.getLong("paid_to_shipped_p50_s"),
                row.getLong("paid_to_shipped_p95_s")));
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
