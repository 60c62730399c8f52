package io.orderhub.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each timed path starts from empty order tables and a quiet database: InnoDB flushes the previous path's dirty pages
 * in the background (at innodb_io_capacity), and a path timed while that goes on would pay for its predecessor.
 */
final class QuietDatabase {

    private static final List<String> ORDER_TABLES = List.of("order_line", "order_marketing", "order_status_history",
            "order_event_outbox", "unified_order");

    private final JdbcTemplate jdbc;

    QuietDatabase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Truncates the order tables, then waits until the database is quiet. */
    void emptyOrderTables() {
        ORDER_TABLES.forEach(table -> jdbc.execute("TRUNCATE TABLE " + table));
        await();
    }

    /**
     * Quiet means at most 100 dirty pages, or no page flushed for 2 s (a server that does not flush while idle, as
     * MariaDB with {@code innodb_max_dirty_pages_pct_lwm=0} does, competes with nobody). Waits up to 120 s.
     */
    void await() {
        long deadline = System.nanoTime() + 120_000_000_000L;
        long lastFlushed = -1;
        int idlePolls = 0;
        while (System.nanoTime() < deadline) {
            Map<String, Long> status = new HashMap<>();
            jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_buffer_pool_pages_dirty',"
                    + " 'Innodb_buffer_pool_pages_flushed')", rs -> {
                status.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
            });
            Long dirty = status.get("innodb_buffer_pool_pages_dirty");
            long flushed = status.getOrDefault("innodb_buffer_pool_pages_flushed", -1L);
            idlePolls = flushed == lastFlushed ? idlePolls + 1 : 0;
            lastFlushed = flushed;
            if (dirty == null || dirty <= 100 || idlePolls >= 4) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
