package io.orderhub.bench;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import io.orderhub.common.config.OmsCommonAutoConfiguration;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderLineMapper;
import io.orderhub.common.persistence.OrderLineRow;
import io.orderhub.common.persistence.OrderMarketingMapper;
import io.orderhub.common.persistence.OrderMarketingRow;
import io.orderhub.common.persistence.OrderRows;
import io.orderhub.common.persistence.UnifiedOrderMapper;
import io.orderhub.common.persistence.UnifiedOrderRow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The naive path: what a MyBatis-Plus {@code saveOrUpdate} loop does, per order a {@code selectOne} then an insert or
 * {@code updateById}, and its lines and discounts one row at a time (autocommit). It is about twenty times slower
 * than the others, so it runs on a prefix of the orders: at least {@code minOrders} and at least {@code minDuration}
 * long (whichever is more, at most every order), enough for a stable rate.
 */
final class NaiveUpsert {

    private final UnifiedOrderMapper orders;
    private final OrderLineMapper lines;
    private final OrderMarketingMapper marketing;
    private final int minOrders;
    private final Duration minDuration;

    NaiveUpsert(UnifiedOrderMapper orders, OrderLineMapper lines, OrderMarketingMapper marketing, int minOrders,
            Duration minDuration) {
        this.orders = orders;
        this.lines = lines;
        this.marketing = marketing;
        this.minOrders = minOrders;
        this.minDuration = minDuration;
    }

    /** Writes orders from the first on until both minimums are reached; returns how many it wrote. */
    int write(List<UnifiedOrder> parsed) {
        LocalDateTime now = LocalDateTime.now(OmsCommonAutoConfiguration.PLATFORM_ZONE).withNano(0);
        long until = System.nanoTime() + minDuration.toNanos();
        int written = 0;
        for (UnifiedOrder order : parsed) {
            if (written >= minOrders && System.nanoTime() >= until) {
                break;
            }
            write(order, now);
            written++;
        }
        return written;
    }

    private void write(UnifiedOrder order, LocalDateTime now) {
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
