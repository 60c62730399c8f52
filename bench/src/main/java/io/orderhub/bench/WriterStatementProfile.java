package io.orderhub.bench;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.persistence.PaidOrderScreen;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the writer's database time goes, statement kind by statement kind ({@link StatementKind}): the given orders
 * written once through {@link OrderWriter}, one transaction per batch as the sync commits them, over connections
 * that time each statement's execution and each commit ({@link TimedDataSource}). The times are the client's view
 * (the database's work plus the round trip); their sum against the run's wall time shows how much of the writer
 * is the database at all.
 *
 * <p>It writes: run it on the state to be measured (emptied tables: every order new, no child delete; the same
 * orders with newer modified times already stored: every order replaced). It does not reach the sync's cursor and
 * lease statements; a caller that wraps the sync's own data source in {@link TimedDataSource} gets those too.
 */
final class WriterStatementProfile {

    private WriterStatementProfile() {
    }

    /**
     * Writes {@code orders} once in transactions of {@code batchSize} orders and returns {@code key=value} lines:
     * per statement kind seen {@code writer_stmt_<kind>_executions}, {@code _ms}, {@code _us_per_order}, then
     * {@code writer_stmt_total_ms}, {@code writer_stmt_total_us_per_order}, {@code writer_wall_ms} and
     * {@code writer_wall_us_per_order}.
     *
     * @param dataSource the bench's data source (the real one; it is wrapped here)
     * @param events whether the writer also appends outbox events ({@code oms.events.enabled})
     * @param screen the writer's screen of orders entering PAID, made over the timed statements (the freeze rules'
     *               statements are then timed too), {@code jdbc -> PaidOrderScreen.NONE} for none
     */
    static List<String> profile(DataSource dataSource, List<UnifiedOrder> orders, int batchSize, boolean events,
            Function<JdbcTemplate, PaidOrderScreen> screen) {
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("orders: nothing to profile, the list is empty");
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
        }
        StatementTimings timings = new StatementTimings();
        DataSource timed = new TimedDataSource(dataSource, timings);
        JdbcTemplate timedJdbc = new JdbcTemplate(timed);
        OrderWriter writer = new OrderWriter(timedJdbc, Clock.system(OmsCommonAutoConfiguration.PLATFORM_ZONE), events,
                screen.apply(timedJdbc));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(timed));
        long started = System.nanoTime();
        for (int from = 0; from < orders.size(); from += batchSize) {
            List<UnifiedOrder> batch = orders.subList(from, Math.min(orders.size(), from + batchSize));
            tx.executeWithoutResult(status -> writer.write(batch, StatusSource.PULL));
        }
        long wallNanos = System.nanoTime() - started;
        List<String> lines = new ArrayList<>(timings.keyValueLines(orders.size()));
        lines.add("writer_wall_ms=" + wallNanos / 1_000_000);
        lines.add("writer_wall_us_per_order=" + Math.round(wallNanos / 1_000.0 / orders.size()));
        return lines;
    }
}
