package io.orderhub.monitor.consistency;

import io.orderhub.common.job.Shard;
import io.orderhub.monitor.consistency.check.OrderChunk;
import io.orderhub.monitor.consistency.check.OrderScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cuts our order numbers into ranges of {@code chunkSize} orders by walking the order_no key (one short index read
 * per range, keyset, never an offset over the table), and gives this shard every {@code total}-th range: every
 * executor of a sharding broadcast computes the same cuts, so their ranges do not overlap.
 */
public class OrderChunks {

    private final JdbcTemplate jdbc;

    public OrderChunks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrderChunk> plan(OrderScope scope, int chunkSize, Shard shard) {
        List<OrderChunk> chunks = new ArrayList<>();
        String after = null;
        for (int index = 0; ; index++) {
            String upTo = jdbc.queryForObject("SELECT MAX(order_no) FROM (SELECT order_no FROM unified_order"
                    + " WHERE order_no > ? ORDER BY order_no LIMIT ?) cut", String.class, after == null ? "" : after,
                    chunkSize);
            if (upTo == null) {
                return chunks;
            }
            if (index % shard.total() == shard.index()) {
                chunks.add(new OrderChunk(after, upTo, scope));
            }
            after = upTo;
        }
    }
}
