package io.orderhub.sandbox.burst;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.generator.OrderCatalog;
import io.orderhub.sandbox.generator.ShopOrderBook;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@link BurstPlan} at a time on a background thread: every tick (100 ms) each target shop receives the new
 * orders the plan calls for by then. Pacing follows elapsed real time ({@code System.nanoTime}); the orders are
 * stamped with the sandbox's wall clock, truncated to the second, as the platforms' times are.
 */
public final class BurstEmitter implements AutoCloseable {
    static final long TICK_MILLIS = 100;

    private final OrderCatalog catalog;
    private final Clock wallClock;
    private ScheduledExecutorService ticker;
    private BurstPlan plan;
    private List<ShopOrderBook> books = List.of();
    private long startNanos;
    private long perShopDone;
    private long created;
    private Instant startedAt;
    private Instant finishedAt;
    private String failure;

    public BurstEmitter(OrderCatalog catalog, Clock wallClock) {
        this.catalog = catalog;
        this.wallClock = wallClock;
    }

    /** Starts {@code plan} in the background; throws IllegalStateException while another burst runs. */
    public synchronized BurstStatus start(BurstPlan burst) {
        if (ticker != null) {
            throw new IllegalStateException("a burst is already running since " + startedAt);
        }
        List<ShopOrderBook> targets = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (burst.appliesTo(channel)) {
                for (int shop = 0; shop < catalog.shops(channel).size(); shop++) {
                    targets.add(catalog.book(channel, shop));
                }
            }
        }
        plan = burst;
        books = List.copyOf(targets);
        perShopDone = 0;
        created = 0;
        failure = null;
        finishedAt = null;
        startedAt = wallClock.instant();
        startNanos = System.nanoTime();
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-burst");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return status();
    }

    public synchronized BurstStatus status() {
        if (startedAt == null) {
            return BurstStatus.NEVER_STARTED;
        }
        return new BurstStatus(ticker != null, created, startedAt, finishedAt, failure);
    }

    /** Stops a running burst (the orders created so far stay). */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            finish(null);
        }
    }

    private synchronized void tick() {
        if (ticker == null) {
            return;
        }
        try {
            long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;
            boolean last = elapsedMillis >= plan.length().toMillis();
            long due = plan.ordersPerShopAfter(elapsedMillis) - perShopDone;
            if (due > 0) {
                long at = wallClock.instant().getEpochSecond();
                long now = catalog.now();
                for (ShopOrderBook book : books) {
                    created += book.addBurstOrders((int) Math.min(Integer.MAX_VALUE, due), at, now);
                }
                perShopDone += due;
            }
            if (last) {
                finish(null);
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is silently never run again: record why the burst stopped instead.
            finish(e.toString());
        }
    }

    private void finish(String reason) {
        failure = reason;
        finishedAt = wallClock.instant();
        ticker.shutdown();
        ticker = null;
    }
}
