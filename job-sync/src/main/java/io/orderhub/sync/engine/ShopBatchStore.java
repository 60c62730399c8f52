package io.orderhub.sync.engine;

import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriteResult;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.quarantine.QuarantineStore;
import io.orderhub.common.quarantine.QuarantinedPayload;
import io.orderhub.sync.shop.SyncShop;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A shop's batch transaction: renews the lease inside it (a holder that lost the lease writes nothing), writes the
 * orders through {@link OrderWriter}, keeps the bad ones, and moves the cursor, all committed together.
 */
final class ShopBatchStore implements BatchStore {

    private final SyncShop shop;
    private final ShopLease lease;
    private final OrderWriter writer;
    private final QuarantineStore quarantine;
    private final SyncCursorMapper cursors;
    private final TransactionTemplate tx;
    private final Clock clock;
    /** A rewriting backfill: unchanged orders are written again (see {@link SyncMode.Backfill}). */
    private final boolean rewrite;

    ShopBatchStore(SyncShop shop, ShopLease lease, OrderWriter writer, QuarantineStore quarantine,
            SyncCursorMapper cursors, TransactionTemplate tx, Clock clock, boolean rewrite) {
        this.shop = shop;
        this.lease = lease;
        this.writer = writer;
        this.quarantine = quarantine;
        this.cursors = cursors;
        this.tx = tx;
        this.clock = clock;
        this.rewrite = rewrite;
    }

    @Override
    public OrderWriteResult store(List<UnifiedOrder> orders, List<QuarantinedPayload> bad, LocalDateTime cursorTo) {
        return tx.execute(status -> {
            lease.renewInTransaction();
            OrderWriteResult written = rewrite ? writer.rewrite(orders, StatusSource.PULL)
                    : writer.write(orders, StatusSource.PULL);
            quarantine.keep(bad);
            if (cursorTo != null) {
                cursors.advance(shop.channel().name(), shop.shopId(), cursorTo, LocalDateTime.now(clock).withNano(0));
            }
            return written;
        });
    }
}
