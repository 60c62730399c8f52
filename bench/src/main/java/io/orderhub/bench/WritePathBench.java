package io.orderhub.bench;

import io.orderhub.common.alert.AlertStore;
import io.orderhub.common.alert.DbAlertSink;
import io.orderhub.common.freeze.FreezeAlerts;
import io.orderhub.common.freeze.FreezeRuleStore;
import io.orderhub.common.freeze.FreezeRules;
import io.orderhub.common.freeze.FreezeScreen;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderLineMapper;
import io.orderhub.common.persistence.OrderMarketingMapper;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.persistence.PaidOrderScreen;
import io.orderhub.common.persistence.UnifiedOrderMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write paths compared on the same already-parsed orders (every order the sync wrote, loaded back from its
 * schema once, before anything is timed), each into empty order tables of that schema from a quiet database. The
 * paths run on command, one line each on standard input, so that {@code bench/run} can alternate them with the sync
 * without reloading the orders:
 * <ul>
 *   <li>{@code naive}: {@link NaiveUpsert} on a prefix of the orders (long enough for a stable rate);</li>
 *   <li>{@code writer}: our {@link OrderWriter}, one transaction per 500-order batch as the sync commits them;</li>
 *   <li>{@code profile}: the writer again, its database time per statement kind ({@link WriterStatementProfile});</li>
 *   <li>{@code profile-freeze}: the same with the freeze rules of table {@code freeze_rule} screening the orders
 *   that enter PAID, their statements timed too (the caller enables the rules first);</li>
 *   <li>{@code ceiling}: {@link RawJdbcUpsert}, raw JDBC multi-row upserts of 500 orders per statement;</li>
 *   <li>{@code ceiling-bulk}: the same with lines and marketing in the driver's bulk protocol;</li>
 *   <li>{@code quit}: drops the schema when {@code bench.drop-schema} and ends.</li>
 * </ul>
 * Each answer is one line, {@code <command> orders=N ms=M orders_per_s=R}; {@code loaded orders=N} once loaded.
 */
@Component
class WritePathBench implements ApplicationRunner {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final OrderReader reader;
    private final OrderWriter writer;
    private final TransactionTemplate tx;
    private final QuietDatabase database;
    private final NaiveUpsert naive;
    private final boolean dropSchema;
    private final boolean events;
    private final Clock clock;

    WritePathBench(JdbcTemplate jdbc, OrderReader reader, OrderWriter writer, UnifiedOrderMapper orders,
            OrderLineMapper lines, OrderMarketingMapper marketing, TransactionTemplate tx,
            @Value("${bench.naive-orders:20000}") int naiveMinOrders,
            @Value("${bench.naive-seconds:15}") int naiveMinSeconds,
            @Value("${bench.drop-schema:false}") boolean dropSchema,
            @Value("${oms.events.enabled:false}") boolean events, Clock clock) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.writer = writer;
        this.tx = tx;
        this.database = new QuietDatabase(jdbc);
        this.naive = new NaiveUpsert(orders, lines, marketing, naiveMinOrders, Duration.ofSeconds(naiveMinSeconds));
        this.dropSchema = dropSchema;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<UnifiedOrder> parsed = load();
        System.out.println("loaded orders=" + parsed.size());
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = commands.readLine(); command != null; command = commands.readLine()) {
            switch (command.trim()) {
                case "naive" -> timed("naive", parsed, naive::write);
                case "writer" -> timed("writer", parsed, this::ours);
                case "ceiling" -> timed("ceiling", parsed, orders -> {
                    new RawJdbcUpsert(jdbc, false).write(orders);
                    return orders.size();
                });
                case "ceiling-bulk" -> timed("ceiling-bulk", parsed, orders -> {
                    new RawJdbcUpsert(jdbc, true).write(orders);
                    return orders.size();
                });
                case "profile" -> profile("profile", parsed, jdbc -> PaidOrderScreen.NONE);
                case "profile-freeze" -> profile("profile-freeze", parsed, this::freezeScreen);
                case "quit" -> {
                    quit();
                    return;
                }
                case "" -> { }
                default -> System.out.println("error unknown command '" + command.trim()
                        + "': expected naive, writer, ceiling, ceiling-bulk, profile, profile-freeze or quit");
            }
        }
        quit();
    }

    private List<UnifiedOrder> load() {
        List<String> orderNos = jdbc.queryForList("SELECT order_no FROM unified_order ORDER BY id", String.class);
        List<UnifiedOrder> loaded = new ArrayList<>(orderNos.size());
        for (int i = 0; i < orderNos.size(); i += BATCH) {
            loaded.addAll(reader.load(orderNos.subList(i, Math.min(orderNos.size(), i + BATCH))).values());
        }
        return loaded;
    }

    /** Empties the order tables, waits for a quiet database, then times the path; prints its answer line. */
    private void timed(String name, List<UnifiedOrder> parsed, ToIntFunction<List<UnifiedOrder>> path) {
        database.emptyOrderTables();
        long started = System.nanoTime();
        int written = path.applyAsInt(parsed);
        long nanos = System.nanoTime() - started;
        System.out.println(name + " orders=" + written + " ms=" + nanos / 1_000_000 + " orders_per_s="
                + Math.round(written / (nanos / 1e9)));
    }

    private int ours(List<UnifiedOrder> parsed) {
        for (int i = 0; i < parsed.size(); i += BATCH) {
            List<UnifiedOrder> batch = parsed.subList(i, Math.min(parsed.size(), i + BATCH));
            tx.executeWithoutResult(status -> writer.write(batch, StatusSource.PULL));
        }
        return parsed.size();
    }

    /**
     * The writer once more into empty tables (every order new, as in the timed warm sync), its database time split by
     * statement kind: one answer line {@code <command> writer_stmt_<kind>_us_per_order=… …}.
     */
    private void profile(String command, List<UnifiedOrder> parsed, Function<JdbcTemplate, PaidOrderScreen> screen) {
        database.emptyOrderTables();
        jdbc.execute("TRUNCATE TABLE freeze_decision");
        System.out.println(command + " " + String.join(" ",
                WriterStatementProfile.profile(jdbc.getDataSource(), parsed, BATCH, events, screen)));
    }

    /** The freeze rules as the executor wires them, over {@code timed}; read once (the profile's TTL is an hour). */
    private PaidOrderScreen freezeScreen(JdbcTemplate timed) {
        FreezeRuleStore store = new FreezeRuleStore(timed);
        FreezeAlerts alerts = new FreezeAlerts(new DbAlertSink(new AlertStore(timed), clock), clock);
        return new FreezeScreen(new FreezeRules(store, alerts, clock, Duration.ofHours(1)), store, reader, alerts,
                clock);
    }

    private void quit() {
        if (dropSchema) {
            jdbc.execute("DROP DATABASE " + jdbc.queryForObject("SELECT DATABASE()", String.class));
        }
        System.out.println("quit");
    }
}
