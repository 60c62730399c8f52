package io.orderhub.report.indicators;

import com.zaxxer.hikari.HikariDataSource;
import io.orderhub.common.order.Channel;
import io.orderhub.common.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A migrated database (H2, MariaDB, or MariaDB in a UTC session) with the indicator beans and seeding helpers. */
final class IndicatorHarness implements AutoCloseable {

    /** "Now" of every test: 2026-11-12 12:00 GMT+8. */
    static final Instant NOW = LocalDateTime.of(2026, 11, 12, 12, 0).toInstant(ZoneOffset.ofHours(8));

    final HikariDataSource dataSource;
    final JdbcTemplate jdbc;
    final IndicatorStore store;
    final IndicatorComputation computation;
    final HealthReportReader reader;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private IndicatorHarness(String url, String user, String password, String sessionSql) {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(4);
        if (sessionSql != null) {
            dataSource.setConnectionInitSql(sessionSql);
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        store = new IndicatorStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        Map<Channel, Duration> promises = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            promises.put(channel, Duration.ofHours(48));
        }
        computation = new IndicatorComputation(jdbc, store, new DefaultPromises(promises), Duration.ofDays(60), clock);
        reader = new HealthReportReader(store);
    }

    static IndicatorHarness onH2() {
        return new IndicatorHarness("jdbc:h2:mem:indicators_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "",
                null);
    }

    static IndicatorHarness onMariaDb(String sessionSql) {
        Map<String, Object> properties = TestDatabase.get().freshSchemaProperties();
        return new IndicatorHarness((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password"), sessionSql);
    }

    void shop(Channel channel, String shopId) {
        LocalDateTime at = LocalDateTime.of(2026, 1, 1, 0, 0);
        jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, access_token_ref,"
                + " created_at, updated_at) VALUES (?, ?, ?, 'key', 'env:X', 'env:Y', ?, ?)", channel.name(), shopId,
                "shop " + shopId, at, at);
    }

    /** Starts an order of the Taobao shop 1001; {@link SeededOrder#insert()} writes it. */
    SeededOrder order(String platformOrderId, LocalDateTime createdAt) {
        return order(Channel.TAOBAO, "1001", platformOrderId, createdAt);
    }

    SeededOrder order(Channel channel, String shopId, String platformOrderId, LocalDateTime createdAt) {
        return new SeededOrder(this, channel, shopId, platformOrderId, createdAt);
    }

    /**
     * A freeze_decision row of rule {@code rule}; {@code decision} RELEASED / REJECTED with the operator's time, or
     * null while held (or for a dry run).
     */
    void freezeDecision(String orderNo, String rule, boolean dryRun, LocalDateTime decidedAt, String decision,
            LocalDateTime operatorAt) {
        jdbc.update("INSERT INTO freeze_decision (order_no, channel, shop_id, rule_name, reason, dry_run, source,"
                + " decided_at, operator_decision, operator, operator_reason, operator_at)"
                + " SELECT order_no, channel, shop_id, ?, 'paid 12000.00 > 10000.00', ?, 'PULL', ?, ?, ?, ?, ?"
                + " FROM unified_order WHERE order_no = ?", rule, dryRun, decidedAt, decision,
                decision == null ? null : "li.wei", decision == null ? null : "checked by phone", operatorAt, orderNo);
    }

    void history(String orderNo, String from, String to, LocalDateTime at) {
        jdbc.update("INSERT INTO order_status_history (order_no, from_status, to_status, changed_at, source,"
                + " recorded_at) VALUES (?, ?, ?, ?, 'PULL', ?)", orderNo, from, to, at, at);
    }

    void accuracySample(String orderNo, LocalDateTime at, Boolean statusMatch, Boolean amountMatch, String error) {
        jdbc.update("INSERT INTO state_accuracy_sample (run_id, sampled_at, channel, shop_id, order_no, our_status,"
                + " our_paid_amount, status_match, amount_match, fetch_error) VALUES ('r1', ?, 'TAOBAO', '1001', ?,"
                + " 'PAID', 10.00, ?, ?, ?)", at, orderNo, statusMatch, amountMatch, error);
    }

    void syncRun(LocalDateTime finishedAt, LocalDateTime cursorAfter) {
        jdbc.update("INSERT INTO sync_run (run_id, channel, shop_id, mode, started_at, finished_at, outcome,"
                + " cursor_after) VALUES ('s1', 'TAOBAO', '1001', 'INCREMENTAL', ?, ?, 'SUCCEEDED', ?)",
                finishedAt.minusMinutes(5), finishedAt, cursorAfter);
    }

    ComputedDays compute(LocalDate from, LocalDate to) {
        return computation.computeAndStore(from, to);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
