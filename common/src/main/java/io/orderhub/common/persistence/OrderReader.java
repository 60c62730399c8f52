package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.UnifiedOrder;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads stored orders back into the domain shape, three queries per slice of order numbers. The slices are small
 * enough for the database to look every key up ({@link OrderTableStatements#CHILD_KEYS_PER_STATEMENT}): with
 * 1,000 keys per query MariaDB scanned all order lines for each, and reading back a million orders took hours.
 */
public class OrderReader {

    private final UnifiedOrderMapper orders;
    private final OrderLineMapper lines;
    private final OrderMarketingMapper marketing;

    public OrderReader(UnifiedOrderMapper orders, OrderLineMapper lines, OrderMarketingMapper marketing) {
        this.orders = orders;
        this.lines = lines;
        this.marketing = marketing;
    }

    public Map<String, UnifiedOrder> load(Collection<String> orderNos) {
        Map<String, UnifiedOrder> loaded = new HashMap<>(orderNos.size() * 2);
        for (List<String> keys : OrderTableStatements.childKeyBatches(List.copyOf(orderNos))) {
            loaded.putAll(loadBatch(keys));
        }
        return loaded;
    }

    /**
     * Platform ids of a shop's orders still awaiting payment, created in {@code [createdAfter, createdBefore]},
     * oldest first, at most {@code limit}.
     */
    public List<String> awaitingPayment(Channel channel, String shopId, LocalDateTime createdAfter,
            LocalDateTime createdBefore, int limit) {
        return orders.selectList(new QueryWrapper<UnifiedOrderRow>()
                        .select("platform_order_id")
                        .eq("channel", channel.name()).eq("shop_id", shopId)
                        .eq("status", OrderStatus.PENDING_PAYMENT.name())
                        .ge("created_at", createdAfter).le("created_at", createdBefore)
                        .orderByAsc("created_at")
                        .last("LIMIT " + limit))
                .stream().map(row -> row.platformOrderId).toList();
    }

    private Map<String, UnifiedOrder> loadBatch(List<String> orderNos) {
        List<UnifiedOrderRow> headers = orders.selectList(new QueryWrapper<UnifiedOrderRow>().in("order_no", orderNos));
        Map<String, List<OrderLineRow>> linesByOrder = lines
                .selectList(new QueryWrapper<OrderLineRow>().in("order_no", orderNos)).stream()
                .sorted(Comparator.comparingInt(r -> r.lineNo))
                .collect(Collectors.groupingBy(r -> r.orderNo));
        Map<String, List<OrderMarketingRow>> marketingByOrder = marketing
                .selectList(new QueryWrapper<OrderMarketingRow>().in("order_no", orderNos)).stream()
                .sorted(Comparator.comparingInt(r -> r.seq))
                .collect(Collectors.groupingBy(r -> r.orderNo));
        return headers.stream().collect(Collectors.toMap(h -> h.orderNo, h -> OrderRows.toOrder(h,
                linesByOrder.getOrDefault(h.orderNo, List.of()),
                marketingByOrder.getOrDefault(h.orderNo, List.of()))));
    }
}
