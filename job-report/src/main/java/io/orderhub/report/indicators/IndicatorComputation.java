package io.orderhub.report.indicators;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.report.health.DailyIndicators;
import io.orderhub.report.health.FulfilmentCell;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes the indicators of the days {@code from..to} in one streaming pass over the orders created from
 * {@code lookback} before {@code from} to the end of {@code to} (an order shipped, delivered or due in the range was
 * created before it) that can affect those days ({@link OrderScan}), plus one grouped query each for state accuracy
 * and the exceptional orders and one per day for sync lag; then replaces those days in the indicator tables. Every enabled shop gets a row for every day.
 */
public class IndicatorComputation {

    /** Stored times are GMT+8 wall clock (docs/architecture.md, "Time"). */
    static final ZoneOffset GMT8 = ZoneOffset.ofHours(8);

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final IndicatorStore store;
    private final DefaultPromises defaults;
    private final Duration lookback;
    private final Clock clock;

    public IndicatorComputation(JdbcTemplate jdbc, IndicatorStore store, DefaultPromises defaults, Duration lookback,
            Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        // MariaDB Connector/J streams a result set with a positive fetch size instead of buffering all of it.
        this.streaming.setFetchSize(1000);
        this.store = store;
        this.defaults = defaults;
        this.lookback = lookback;
        this.clock = clock;
    }

    /** Computes and stores the days; returns what was stored. */
    public ComputedDays computeAndStore(LocalDate from, LocalDate to) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(GMT8));
        ComputedDays computed = compute(from, to, now);
        long started = System.nanoTime();
        store.replace(computed, now);
        return computed.stored((System.nanoTime() - started) / 1_000_000);
    }

    ComputedDays compute(LocalDate from, LocalDate to, LocalDateTime asOf) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        long started = System.nanoTime();
        IndicatorTallies tallies = new IndicatorTallies(from, to, asOf, defaults);
        Set<String> exceptional = ExceptionalOrders.read(jdbc);
        OrderScan.run(streaming, from.atStartOfDay().minus(lookback), from, to, defaults.longest(), exceptional,
                tallies);
        Map<ShopDay, SampledProportion> accuracy = AccuracySamples.read(jdbc, from, to);
        Map<ShopDay, Long> lags = SyncLags.read(jdbc, from, to);
        List<DailyIndicators> daily = daily(from, to, tallies, accuracy, lags);
        List<StageRow> stages = tallies.stages.entrySet().stream().map(e -> new StageRow(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((StageRow r) -> r.key().day()).thenComparing(r -> r.key().channel())
                        .thenComparing(r -> r.key().from()).thenComparing(r -> r.key().to()))
                .toList();
        List<FulfilmentCell> fulfilment = tallies.fulfilment.entrySet().stream()
                .map(e -> new FulfilmentCell(e.getKey().channel(), e.getKey().day(), e.getKey().sku(),
                        e.getValue().title, e.getValue().lines, e.getValue().shipped, e.getValue().late,
                        e.getValue().paidToShipped.stats()))
                .sorted(Comparator.comparing(FulfilmentCell::day).thenComparing(FulfilmentCell::channel)
                        .thenComparing(FulfilmentCell::sku))
                .toList();
        return new ComputedDays(from, to, daily, stages, fulfilment, tallies.orders, tallies.lines,
                tallies.durationsOutOfOrder, (System.nanoTime() - started) / 1_000_000, 0);
    }

    private List<DailyIndicators> daily(LocalDate from, LocalDate to, IndicatorTallies tallies,
            Map<ShopDay, SampledProportion> accuracy, Map<ShopDay, Long> lags) {
        Set<ShopDay> keys = new TreeSet<>(Comparator.comparing(ShopDay::day).thenComparing(ShopDay::channel)
                .thenComparing(ShopDay::shopId));
        keys.addAll(tallies.shopDays.keySet());
        keys.addAll(accuracy.keySet());
        List<String[]> shops = jdbc.query("SELECT channel, shop_id FROM channel_shop WHERE enabled = TRUE",
                (row, i) -> new String[] {row.getString(1), row.getString(2)});
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (String[] shop : shops) {
                keys.add(new ShopDay(day, shop[0], shop[1]));
            }
        }
        List<DailyIndicators> daily = new ArrayList<>(keys.size());
        for (ShopDay key : keys) {
            ShopDayTally tally = tallies.shopDays.getOrDefault(key, new ShopDayTally());
            daily.add(new DailyIndicators(key.day(), key.channel(), key.shopId(), tally.orders, tally.onTime(),
                    accuracy.getOrDefault(key, new SampledProportion(0, 0)), tally.exceptionOrders,
                    tally.refundedOrders, tally.paidToShipped.stats(), java.util.Optional.ofNullable(lags.get(key))));
        }
        return daily;
    }
}
