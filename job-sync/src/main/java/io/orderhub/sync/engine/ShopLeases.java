package io.orderhub.sync.engine;

import io.orderhub.sync.config.SyncProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A short database lease per shop, so a manual trigger, an admin retry or a failover never syncs the same shop
 * twice at once. A held lease ({@link ShopLease}) is renewed on a heartbeat and checked before every request and
 * inside every write transaction; a holder that crashed loses it when it expires.
 */
@Component
public class ShopLeases implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ShopLeases.class);

    private final ShopLeaseMapper mapper;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration ttl;
    /** A third of the TTL: two beats may be missed (a slow database) before the lease runs out. */
    private final Duration renewEvery;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "oms-lease-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    public ShopLeases(ShopLeaseMapper mapper, TransactionTemplate tx, Clock clock, SyncProperties properties) {
        this.mapper = mapper;
        this.tx = tx;
        this.clock = clock;
        this.ttl = properties.leaseTtl();
        this.renewEvery = ttl.dividedBy(3);
    }

    /** Takes the shop's lease (free, expired, or already ours) and starts its heartbeat; else says who holds it. */
    public LeaseAttempt acquire(String channel, String shopId, String holder) {
        Instant takenAt = clock.instant();
        LocalDateTime now = local(takenAt);
        LeaseAttempt attempt = tx.execute(status -> {
            mapper.ensureRow(channel, shopId, now);
            if (mapper.acquire(channel, shopId, holder, now, now.plus(ttl)) == 1) {
                return new ShopLease(this, channel, shopId, holder, takenAt, renewEvery);
            }
            ShopLeaseMapper.Holder current = mapper.holder(channel, shopId);
            return new LeaseAttempt.HeldElsewhere(current.holder(),
                    current.expiresAt().atZone(clock.getZone()).toOffsetDateTime());
        });
        if (attempt instanceof ShopLease lease) {
            long period = Math.max(1, renewEvery.toMillis());
            lease.beatWith(heartbeats.scheduleAtFixedRate(() -> beat(lease), period, period, TimeUnit.MILLISECONDS));
        }
        return attempt;
    }

    private static void beat(ShopLease lease) {
        try {
            lease.beat();
        } catch (DataAccessException e) {
            // The next beat (or the run's next request) tries again; the lease has two more beats of TTL left.
            log.warn("lease heartbeat of {} failed: {}", lease.holder(), e.getMessage());
        }
    }

    boolean renew(String channel, String shopId, String holder) {
        LocalDateTime now = now();
        Integer matched = tx.execute(status -> mapper.renew(channel, shopId, holder, now, now.plus(ttl)));
        return matched != null && matched == 1;
    }

    boolean renewInCurrentTransaction(String channel, String shopId, String holder) {
        LocalDateTime now = now();
        return mapper.renew(channel, shopId, holder, now, now.plus(ttl)) == 1;
    }

    void release(String channel, String shopId, String holder) {
        tx.executeWithoutResult(status -> mapper.release(channel, shopId, holder, now()));
    }

    Instant instant() {
        return clock.instant();
    }

    /** Lease rows hold local times of the suite's clock zone (every executor's clock runs in the same zone). */
    private LocalDateTime now() {
        return local(clock.instant());
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone()).withNano(0);
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
    }
}
