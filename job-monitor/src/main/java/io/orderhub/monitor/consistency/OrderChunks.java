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
        List<String> cuts = new ArrayList<>();
        for (String after = ""; ; ) {
            String upTo = jdbc.queryForObject("SELECT MAX(order_no) FROM (SELECT order_no FROM unified_order"
                    + " WHERE order_no > ? ORDER BY order_no LIMIT ?) cut", String.class, after, chunkSize);
            if (upTo == null) {
                break;
            }
            cuts.add(upTo);
            after = upTo;
        }
        // The last range is open upwards (and with no order at all, one range covers everything), so external rows
        // of orders we lack are in some range wherever their order number sorts (MISSING_HERE).
        if (cuts.isEmpty()) {
            cuts.add(null);
        } else {
            cuts.set(cuts.size() - 1, null);
        }
        List<OrderChunk> chunks = new ArrayList<>();
        for (int index = 0; index < cuts.size(); index++) {
            if (index % shard.total() == shard.index()) {
                chunks.add(new OrderChunk(index == 0 ? null : cuts.get(index - 1), cuts.get(index), scope));
            }
        }
        return chunks;
    }
}
