package io.orderhub.sync.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/**
 * A held shop lease. Renewed on a heartbeat, not only when a batch is written: a sparse run (a first PDD sync
 * walks some 1,900 empty 30-minute windows at PDD's pace) can fetch for minutes without writing, and a lease
 * renewed only by writes expired under it while a second executor took the shop. {@link #keepAlive()} runs before
 * every platform request, so a holder that lost the lease (a stall longer than the TTL) stops before it sends
 * another one; a timer renews it meanwhile, so one slow request (a rate-limit back-off) does not lose it either.
 */
public final class ShopLease implements LeaseAttempt, AutoCloseable {

    private final ShopLeases leases;
    private final String channel;
    private final String shopId;
    private final String holder;
    private final Duration renewEvery;
    /** An instant, not the local time the row holds: the renewal interval must not jump with a zone's DST. */
    private volatile Instant renewedAt;
    private volatile boolean lost;
    private volatile ScheduledFuture<?> heartbeat;

    ShopLease(ShopLeases leases, String channel, String shopId, String holder, Instant takenAt, Duration renewEvery) {
        this.leases = leases;
        this.channel = channel;
        this.shopId = shopId;
        this.holder = holder;
        this.renewedAt = takenAt;
        this.renewEvery = renewEvery;
    }

    void beatWith(ScheduledFuture<?> timer) {
        this.heartbeat = timer;
    }

    /**
     * Before every platform request: renews the lease once a third of its TTL has passed since the last renewal,
     * and fails when it is gone (expired, or taken over after a stall).
     */
    public void keepAlive() {
        if (lost) {
            throw lostException();
        }
        Instant now = leases.instant();
        if (now.isBefore(renewedAt.plus(renewEvery))) {
            return;
        }
        if (!leases.renew(channel, shopId, holder)) {
            lost = true;
            throw lostException();
        }
        renewedAt = now;
    }

    /**
     * Inside the transaction that writes: the fence. If the lease is gone, the transaction fails and nothing of the
     * batch is written. The renewal commits with the batch; the heartbeat's own bookkeeping is left alone, because a
     * rolled-back batch takes its renewal with it.
     */
    public void renewInTransaction() {
        if (lost || !leases.renewInCurrentTransaction(channel, shopId, holder)) {
            lost = true;
            throw lostException();
        }
    }

    /** The timer's beat: remembers a lost lease for the run to notice at its next request or write. */
    void beat() {
        try {
            keepAlive();
        } catch (LeaseLostException e) {
            // recorded in 'lost'; the run's thread fails with it at its next request or write
        }
    }

    String holder() {
        return holder;
    }

    @Override
    public void close() {
        ScheduledFuture<?> timer = heartbeat;
        if (timer != null) {
            timer.cancel(false);
        }
        leases.release(channel, shopId, holder);
    }

    private LeaseLostException lostException() {
        return new LeaseLostException(channel + "/" + shopId + ": lease expired or taken over by another executor");
    }
}
