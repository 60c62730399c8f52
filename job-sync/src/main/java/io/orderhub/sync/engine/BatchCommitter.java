package io.orderhub.sync.engine;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriteResult;
import io.orderhub.common.quarantine.QuarantinedPayload;
import io.orderhub.common.retry.RetryPolicy;
import io.orderhub.common.time.ReadableTime;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.TimeWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Maps walked pages into batches and stores each batch in one transaction with the cursor of the last window it
 * completes: a commit costs a log flush, and a crash only re-walks what the cursor does not cover. A batch is
 * stored once it holds {@link #BATCH_ORDERS} orders, or once {@link #PROGRESS_INTERVAL} has passed with a window
 * completed. Orders that cannot be mapped are quarantined; more of them in a run than the skip limit stop it. Once
 * a stop is requested (executor shutdown) the run ends right after its next committed batch, a completed window
 * being committed at once so its cursor is kept: {@link SyncStoppedException}.
 */
final class BatchCommitter implements PageSink {

    /** Orders written per transaction (several pages). */
    static final int BATCH_ORDERS = 500;
    /**
     * Completed windows are committed (cursor included) at least this often even when the batch is not full: a
     * sparse run (weeks of empty windows) then keeps its progress when it stops, instead of starting over.
     */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(30);
    /**
     * When InnoDB picks our batch as a deadlock victim: three transactions at most, the retries 20–100 ms and
     * 40–200 ms later (jittered, so two shops that deadlocked do not meet again at once).
     */
    static final RetryPolicy DEADLOCK_RETRY = RetryPolicy.attempts(3).backOff(Duration.ofMillis(100),
            Duration.ofMillis(200)).jitter(0.8).retryOn(PessimisticLockingFailureException.class).build();

    /** Maps one raw order. */
    @FunctionalInterface
    interface OrderMapping {
        /** @throws MappingFailure the order cannot be mapped: it goes to quarantine */
        UnifiedOrder map(RawOrder raw);
    }

    private final Channel channel;
    private final String shopId;
    private final OrderMapping mapping;
    private final BatchStore store;
    /** False for a backfill: its windows are not the incremental sync's progress. */
    private final boolean movesCursor;
    private final int skipLimit;
    private final Clock clock;
    private final ShopSyncReport report;
    private final BooleanSupplier stopRequested;
    private final List<UnifiedOrder> pendingOrders = new ArrayList<>();
    private final List<QuarantinedPayload> pendingBad = new ArrayList<>();
    /** The last window whose pages are all in the pending batch: the cursor to commit with it. */
    private TimeWindow pendingCursor;
    /** When the last batch was committed (or the run started): see {@link #PROGRESS_INTERVAL}. */
    private Instant committedAt;

    BatchCommitter(Channel channel, String shopId, OrderMapping mapping, BatchStore store, boolean movesCursor,
            int skipLimit, Clock clock, ShopSyncReport report, BooleanSupplier stopRequested) {
        this.channel = channel;
        this.shopId = shopId;
        this.mapping = mapping;
        this.store = store;
        this.movesCursor = movesCursor;
        this.skipLimit = skipLimit;
        this.clock = clock;
        this.report = report;
        this.stopRequested = stopRequested;
        this.committedAt = clock.instant();
    }

    @Override
    public void accept(List<RawOrder> orders, TimeWindow completes) {
        for (RawOrder raw : orders) {
            try {
                pendingOrders.add(mapping.map(raw));
            } catch (MappingFailure failure) {
                pendingBad.add(raw.quarantined(channel, shopId, failure));
            }
        }
        if (completes != null && movesCursor) {
            pendingCursor = completes;
        }
        boolean stopping = stopRequested.getAsBoolean();
        if (pendingOrders.size() + pendingBad.size() >= BATCH_ORDERS || progressDue()
                || stopping && pendingCursor != null) {
            flush();
            if (stopping) {
                throw new SyncStoppedException("stopped for executor shutdown after a committed batch (cursor "
                        + report.cursorAfter + " " + ReadableTime.ZONE + "); the next run continues from the cursor");
            }
        }
    }

    private boolean progressDue() {
        return pendingCursor != null && !clock.instant().isBefore(committedAt.plus(PROGRESS_INTERVAL));
    }

    @Override
    public void flush() {
        if (pendingOrders.isEmpty() && pendingBad.isEmpty() && pendingCursor == null) {
            return;
        }
        long started = System.nanoTime();
        try {
            commitPending();
        } finally {
            report.writeNanos += System.nanoTime() - started;
        }
    }

    private void commitPending() {
        List<UnifiedOrder> mapped = List.copyOf(pendingOrders);
        List<QuarantinedPayload> bad = List.copyOf(pendingBad);
        TimeWindow completedWindow = pendingCursor;
        pendingOrders.clear();
        pendingBad.clear();
        pendingCursor = null;
        committedAt = clock.instant();
        // Over the skip limit the batch is still written and its bad orders kept, but the window is not
        // marked done: once the cause is fixed, the next run reads it again.
        boolean overLimit = report.quarantinedTotal() + bad.size() > skipLimit;
        LocalDateTime cursorTo = overLimit || completedWindow == null ? null : completedWindow.to();
        OrderWriteResult result = storeRetryingDeadlocks(mapped, bad, cursorTo);
        report.inserted += result.inserted();
        report.updated += result.updated();
        report.unchanged += result.unchanged();
        bad.forEach(b -> report.quarantined.merge(b.reason(), 1, Integer::sum));
        if (overLimit) {
            throw new SkipLimitExceededException(report.quarantinedTotal() + " orders quarantined in this run, "
                    + "more than the skip limit " + skipLimit + ": " + report.quarantined);
        }
        if (cursorTo != null && (report.cursorAfter == null || cursorTo.isAfter(report.cursorAfter))) {
            report.cursorAfter = cursorTo;
        }
    }

    /** A deadlock victim's transaction was rolled back whole; the batch write is idempotent, so run it again. */
    private OrderWriteResult storeRetryingDeadlocks(List<UnifiedOrder> orders, List<QuarantinedPayload> bad,
            LocalDateTime cursorTo) {
        return DEADLOCK_RETRY.run(() -> store.store(orders, bad, cursorTo));
    }
}
