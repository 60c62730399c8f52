package io.orderhub.sync.payment;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriteResult;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.shop.ChannelShopRow;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.status.StatusMapping;
import io.orderhub.sync.status.StatusMappingReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The channel's side of reconcile: an order still awaiting payment is fetched again from its platform (order
 * detail API) and written through the same idempotent writer as the pull, with {@code source=RECONCILE}; the
 * modified-time guard means only a newer platform state changes anything.
 */
@Component
public class ChannelRecheck {

    private final ShopDirectory shops;
    private final ChannelAdapters adapters;
    private final StatusMappingReader statusMappings;
    private final OrderWriter writer;
    private final OrderPayments payments;
    private final TransactionTemplate tx;

    public ChannelRecheck(ShopDirectory shops, ChannelAdapters adapters, StatusMappingReader statusMappings,
            OrderWriter writer, OrderPayments payments, TransactionTemplate tx) {
        this.shops = shops;
        this.adapters = adapters;
        this.statusMappings = statusMappings;
        this.writer = writer;
        this.payments = payments;
        this.tx = tx;
    }

    /** Re-reads awaiting-payment orders created in {@code [createdAfter, createdBefore]} of every enabled shop. */
    public Map<String, Integer> run(LocalDateTime createdAfter, LocalDateTime createdBefore, int limitPerShop,
            JobContext context) {
        StatusMapping statuses = statusMappings.current();
        Map<String, Integer> counts = new TreeMap<>();
        for (ChannelShopRow row : shops.enabled(List.of(), List.of())) {
            List<String> awaiting = payments.awaitingPayment(Channel.valueOf(row.channel), row.shopId, createdAfter,
                    createdBefore, limitPerShop);
            if (awaiting.isEmpty()) {
                continue;
            }
            ShopSession session = ShopSession.of(shops.resolve(row).credentials());
            ChannelAdapter adapter = adapters.of(session.credentials().channel());
            for (String orderId : awaiting) {
                counts.merge("channelChecked", 1, Integer::sum);
                try {
                    Optional<RawOrder> raw = adapter.fetchDetail(session, orderId);
                    if (raw.isEmpty()) {
                        counts.merge("channelUnknown", 1, Integer::sum);
                        continue;
                    }
                    UnifiedOrder order = adapter.map(row.shopId, raw.get(), statuses);
                    OrderWriteResult written = tx.execute(s -> writer.write(List.of(order), StatusSource.RECONCILE));
                    counts.merge(written.updated() > 0 && order.status() != OrderStatus.PENDING_PAYMENT
                            ? "channelMoved" : "channelStillAwaiting", 1, Integer::sum);
                } catch (PlatformException | MappingFailure e) {
                    counts.merge("channelFailed", 1, Integer::sum);
                    context.log().line("{} order {}: {}", session.label(), orderId, e.getMessage());
                }
            }
        }
        return counts;
    }
}
