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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Maps walked pages into batches and stores each batch in one transaction with the cursor of the last window it
 * completes: a commit costs a log flush, and a crash only re-walks what the cursor does not cover. A batch is
 * stored once it holds {@link #BATCH_ORDERS} orders, or once {@link #PROGRESS_INTERVAL} has passed with a window
 * completed. Orders that cannot be mapped are quarantined; more of them in a run than the skip limit stop it. Once
 * a stop is requested (executor shutdown) the run ends right after its next committed batch, a completed window
 * being committed at once so its cursor is kept: {@link SyncStoppedException}.
 *
 * <p>A full batch is stored on the shop's commit thread while the caller maps the next one (the database would
 * otherwise wait for the mapping, and the mapping for the database). One batch is in flight at most: the next is
 * handed over only once the previous one has committed, so batches and their cursors commit in walking order, and
 * a failed batch fails the run at the next hand-over (or {@link #flush}) before anything after it is stored.
 * {@link #flush} returns once everything accepted is committed. Close it when the run ends: it waits for a batch
 * still in flight, so the shop's lease outlives every write made under it.
 */
final class BatchCommitter implements PageSink, AutoCloseable {

    /** Orders written per transaction (several pages). */
    static final int BATCH_ORDERS = 500;
    /**
     * Completed windows are committed (cursor included) at least this often even when the batch is not full: a
     * sparse run (weeks of empty windows) then keeps its progress when it stops, instead of starting over.
     */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(30);

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
    private final ExecutorService commitThread;
    /** The batch being stored on the commit thread, or null. */
    private Future<StoredBatch> inFlight;

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
        this.commitThread = Executors.newSingleThreadExecutor(r -> {
            Thread committer = new Thread(r, "oms-commit-" + channel + "-" + shopId);
            committer.setDaemon(true);
            return committer;
        });
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
            if (!stopping) {
                handOverPending();
            } else {
                flush();
                throw new SyncStoppedException("stopped for executor shutdown after a committed batch (cursor "
                        + report.cursorAfter + " " + ReadableTime.ZONE + "); the next run continues from the cursor");
            }
        }
    }

    private boolean progressDue() {
        return pendingCursor != null && !clock.instant().isBefore(committedAt.plus(PROGRESS_INTERVAL));
    }

    /** Stores whatever is pending and waits until every batch handed over so far is committed. */
    @Override
    public void flush() {
        handOverPending();
        awaitInFlight();
    }

    /** Waits for a batch still being stored (its failure is not reported: the run has already failed). */
    @Override
    public void close() {
        try {
            if (inFlight != null) {
                inFlight.get();
            }
        } catch (ExecutionException e) {
            // the run ends with the failure that made it close early
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight = null;
            commitThread.shutdown();
        }
    }

    /**
     * Hands the pending batch to the commit thread once the one before it has committed. Over the skip limit the
     * batch is still written and its bad orders kept, but the window is not marked done (once the cause is fixed, the
     * next run reads it again), and the run stops once it is committed.
     */
    private void handOverPending() {
        if (pendingOrders.isEmpty() && pendingBad.isEmpty() && pendingCursor == null) {
            return;
        }
        List<UnifiedOrder> mapped = List.copyOf(pendingOrders);
        List<QuarantinedPayload> bad = List.copyOf(pendingBad);
        TimeWindow completedWindow = pendingCursor;
        pendingOrders.clear();
        pendingBad.clear();
        pendingCursor = null;
        committedAt = clock.instant();
        awaitInFlight();
        boolean overLimit = report.quarantinedTotal() + bad.size() > skipLimit;
        LocalDateTime cursorTo = overLimit || completedWindow == null ? null : completedWindow.to();
        inFlight = commitThread.submit(() -> {
            long started = System.nanoTime();
            OrderWriteResult result = RetryPolicy.DEADLOCK_VICTIM.run(() -> store.store(mapped, bad, cursorTo));
            return new StoredBatch(result, bad, cursorTo, System.nanoTime() - started);
        });
        if (overLimit) {
            awaitInFlight();
            throw new SkipLimitExceededException(report.quarantinedTotal() + " orders quarantined in this run, "
                    + "more than the skip limit " + skipLimit + ": " + report.quarantined);
        }
    }

    /** Waits for the batch in flight, if any, and adds it to the report; its failure fails the run here. */
    private void awaitInFlight() {
        if (inFlight == null) {
            return;
        }
        StoredBatch stored;
        try {
            stored = inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(report.label() + ": interrupted while a batch was being stored", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(report.label() + ": storing a batch failed", e.getCause());
        } finally {
            inFlight = null;
        }
        report.writeNanos += stored.nanos();
        report.inserted += stored.result().inserted();
        report.updated += stored.result().updated();
        report.unchanged += stored.result().unchanged();
        stored.bad().forEach(b -> report.quarantined.merge(b.reason(), 1, Integer::sum));
        LocalDateTime cursorTo = stored.cursorTo();
        if (cursorTo != null && (report.cursorAfter == null || cursorTo.isAfter(report.cursorAfter))) {
            report.cursorAfter = cursorTo;
        }
    }

    /** A committed batch: what the writer did, the orders kept in quarantine, the cursor it moved, its time. */
    private record StoredBatch(OrderWriteResult result, List<QuarantinedPayload> bad, LocalDateTime cursorTo,
            long nanos) {
    }
}
