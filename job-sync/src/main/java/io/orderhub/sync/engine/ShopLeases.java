package io.orderhub.sync.engine;

import io.orderhub.sync.config.SyncProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A short database lease per shop, so a manual trigger, an admin retry or a failover never syncs the same shop
 * twice at once. Renewed inside every page transaction; a holder that crashed loses it when it expires.
 */
@Component
public class ShopLeases {

    private final ShopLeaseMapper mapper;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration ttl;

    public ShopLeases(ShopLeaseMapper mapper, TransactionTemplate tx, Clock clock, SyncProperties properties) {
        this.mapper = mapper;
        this.tx = tx;
        this.clock = clock;
        this.ttl = properties.leaseTtl();
    }

    public boolean acquire(String channel, String shopId, String holder) {
        LocalDateTime now = now();
        Integer matched = tx.execute(status -> {
            mapper.ensureRow(channel, shopId, now);
            return mapper.acquire(channel, shopId, holder, now, now.plus(ttl));
        });
        return matched != null && matched == 1;
    }

    /** Call inside the transaction that writes: if the lease is gone, the write must not happen. */
    public void renewOrFail(String channel, String shopId, String holder) {
        LocalDateTime now = now();
        if (mapper.renew(channel, shopId, holder, now, now.plus(ttl)) != 1) {
            throw new LeaseLostException(channel + "/" + shopId + ": lease expired or taken over by another executor");
        }
    }

    public void release(String channel, String shopId, String holder) {
        tx.executeWithoutResult(status -> mapper.release(channel, shopId, holder, now()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
