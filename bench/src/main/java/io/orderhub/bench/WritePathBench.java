package io.orderhub.bench;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import io.orderhub.common.config.OmsCommonAutoConfiguration;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderLineMapper;
import io.orderhub.common.persistence.OrderLineRow;
import io.orderhub.common.persistence.OrderMarketingMapper;
import io.orderhub.common.persistence.OrderMarketingRow;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.common.persistence.OrderRows;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.persistence.UnifiedOrderMapper;
import io.orderhub.common.persistence.UnifiedOrderRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write paths compared on the same already-parsed orders (every order the sync wrote, loaded back from its
 * schema), each into empty tables:
 * <ul>
 *   <li>naive: what a MyBatis-Plus {@code saveOrUpdate} loop does, per order a {@code selectOne} then an insert or
 *       {@code updateById}, and its lines and discounts one row at a time; it takes about twenty times as long, so
 *       it runs on the first {@code bench.naive-orders} of them (all figures are rates);</li>
 *   <li>writer: our {@link OrderWriter}, one transaction per 500-order batch as the sync commits them;</li>
 *   <li>ceiling: raw JDBC multi-row upserts of 500 orders per statement, no version guard, no history.</li>
 * </ul>
 */
@Component
class WritePathBench implements ApplicationRunner {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final OrderReader reader;
    private final OrderWriter writer;
    private final UnifiedOrderMapper orders;
    private final OrderLineMapper lines;
    private final OrderMarketingMapper marketing;
    private final TransactionTemplate tx;
    private final int naiveCount;
    private final boolean dropSchema;

    WritePathBench(JdbcTemplate jdbc, OrderReader reader, OrderWriter writer, UnifiedOrderMapper orders,
            OrderLineMapper lines, OrderMarketingMapper marketing, TransactionTemplate tx,
            @Value("${bench.naive-orders:20000}") int naiveCount, @Value("${bench.drop-schema:false}") boolean dropSchema) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.writer = writer;
        this.orders = orders;
        this.lines = lines;
        this.marketing = marketing;
        this.tx = tx;
        this.naiveCount = naiveCount;
        this.dropSchema = dropSchema;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<UnifiedOrder> parsed = load();
        List<UnifiedOrder> naiveSubset = parsed.subList(0, Math.min(parsed.size(), naiveCount));
        System.out.println("write_path_orders=" + parsed.size());
        System.out.println("naive_path_orders=" + naiveSubset.size());
        System.out.println("naive_orders_per_s=" + rate(naiveSubset.size(), () -> naive(naiveSubset)));
        System.out.println("writer_orders_per_s=" + rate(parsed.size(), () -> ours(parsed)));
        System.out.println("ceiling_orders_per_s=" + rate(parsed.size(), () -> new RawJdbcUpsert(jdbc).write(parsed)));
        if (dropSchema) {
            jdbc.execute("DROP DATABASE " + jdbc.queryForObject("SELECT DATABASE()", String.class));
        }
    }

    private List<UnifiedOrder> load() {
        List<String> orderNos = jdbc.queryForList("SELECT order_no FROM unified_order ORDER BY id", String.class);
        List<UnifiedOrder> loaded = new ArrayList<>(orderNos.size());
        for (int i = 0; i < orderNos.size(); i += 500) {
            loaded.addAll(reader.load(orderNos.subList(i, Math.min(orderNos.size(), i + 500))).values());
        }
        return loaded;
    }

    private long rate(int orderCount, Runnable path) {
        for (String table : List.of("order_line", "order_marketing", "order_status_history", "order_event_outbox",
                "unified_order")) {
            jdbc.execute("TRUNCATE TABLE " + table);
        }
        awaitQuietDatabase();
        long started = System.nanoTime();
        path.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        return Math.round(orderCount / seconds);
    }

    /**
     * Each path starts from a quiet database: InnoDB flushes the previous path's dirty pages in the background (at
     * innodb_io_capacity), and a path timed while that goes on would pay for its predecessor. Quiet means at most
     * 100 dirty pages, or no page flushed for 2 s (a server that does not flush while idle, as MariaDB with
     * {@code innodb_max_dirty_pages_pct_lwm=0} does, competes with nobody). Waits up to 120 s.
     */
    private void awaitQuietDatabase() {
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

    private void naive(List<UnifiedOrder> parsed) {
        LocalDateTime now = LocalDateTime.now(OmsCommonAutoConfiguration.PLATFORM_ZONE).withNano(0);
        for (UnifiedOrder order : parsed) {
            UnifiedOrderRow row = OrderRows.header(order, now);
            UnifiedOrderRow existing = orders.selectOne(new QueryWrapper<UnifiedOrderRow>().eq("order_no", row.orderNo));
            if (existing == null) {
                orders.insert(row);
            } else {
                row.id = existing.id;
                orders.updateById(row);
                lines.delete(new QueryWrapper<OrderLineRow>().eq("order_no", row.orderNo));
                marketing.delete(new QueryWrapper<OrderMarketingRow>().eq("order_no", row.orderNo));
            }
            OrderRows.lines(order).forEach(lines::insert);
            OrderRows.marketing(order).forEach(marketing::insert);
        }
    }

    private void ours(List<UnifiedOrder> parsed) {
        for (int i = 0; i < parsed.size(); i += BATCH) {
            List<UnifiedOrder> batch = parsed.subList(i, Math.min(parsed.size(), i + BATCH));
            tx.executeWithoutResult(status -> writer.write(batch, StatusSource.PULL));
        }
    }
}
