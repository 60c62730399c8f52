package io.orderhub.sync.engine;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriteResult;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.common.quarantine.QuarantineStore;
import io.orderhub.common.quarantine.QuarantinedPayload;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.MalformedPageException;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.config.SyncProperties;
import io.orderhub.sync.shop.SyncShop;
import io.orderhub.sync.status.StatusMapping;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Syncs one shop: takes its lease, plans windows from its cursor, walks each window's pages from the last to the
 * first (platforms page by offset, and an order modified during the walk leaves the window and shifts the rest
 * toward the front: walking backwards turns that shift into harmless re-reads instead of skipped orders), maps
 * every order, quarantines the ones that cannot be mapped, and writes each page in its own transaction. The
 * cursor moves only in the transaction of a window's last page, so a crash anywhere re-walks at most one window.
 */
@Component
public class ShopSynchronizer {

    /** A window whose total keeps growing while we walk it (late, out-of-order modification times) is re-walked. */
    static final int MAX_WALKS = 4;

    /** Orders written per transaction (several pages). */
    static final int BATCH_ORDERS = 500;
    /** Pages fetched ahead of the one being written: one batch at the usual page size of 100. */
    static final int PAGES_AHEAD = 5;
    /**
     * Completed windows are committed (cursor included) at least this often even when the batch is not full: a
     * sparse run (weeks of empty windows) then keeps its progress when it stops, instead of starting over.
     */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(30);

    private final ChannelAdapters adapters;
    private final OrderWriter writer;
    private final QuarantineStore quarantine;
    private final SyncCursorMapper cursors;
    private final ShopLeases leases;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SyncProperties properties;
    private final WindowPlanner planner;

    public ShopSynchronizer(ChannelAdapters adapters, OrderWriter writer, QuarantineStore quarantine,
            SyncCursorMapper cursors, ShopLeases leases, TransactionTemplate tx, Clock clock,
            SyncProperties properties) {
        this.adapters = adapters;
        this.writer = writer;
        this.quarantine = quarantine;
        this.cursors = cursors;
        this.leases = leases;
        this.tx = pageTransactions(tx);
        this.clock = clock;
        this.properties = properties;
        this.planner = new WindowPlanner(properties.settleDelay(), properties.initialLookback());
    }

    /**
     * Page writes run READ COMMITTED: shops are written in parallel, and REPEATABLE READ's gap locks on the child
     * tables make InnoDB deadlock them against each other for no benefit (each order is written by one shop only).
     */
    private static TransactionTemplate pageTransactions(TransactionTemplate template) {
        TransactionTemplate pages = new TransactionTemplate(template.getTransactionManager());
        pages.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return pages;
    }

    public ShopSyncReport sync(SyncShop shop, SyncMode mode, StatusMapping statuses, String holder) {
        ShopSyncReport report = new ShopSyncReport(shop.label());
        long started = System.nanoTime();
        LeaseAttempt attempt = leases.acquire(shop.channel().name(), shop.shopId(), holder);
        if (attempt instanceof LeaseAttempt.HeldElsewhere held) {
            report.skip(held.describe());
            return report;
        }
        ShopLease lease = (ShopLease) attempt;
        ShopSession session = ShopSession.of(shop.credentials());
        try (lease) {
            new Run(shop, session, statuses, lease, report).execute(mode);
        } catch (PlatformException e) {
            PlatformErrorKind kind = e.error().kind();
            // A refused token needs a person (the seller re-authorises our app): retrying the job cannot fix it.
            report.fail(kind == PlatformErrorKind.TOKEN_EXPIRED ? "TOKEN_EXPIRED" : "PLATFORM_" + kind,
                    kind == PlatformErrorKind.TOKEN_EXPIRED
                            ? "access token expired for shop " + shop.label() + ": the shop must re-authorise ("
                                    + e.error() + ")"
                            : e.getMessage(), kind.retryable());
        } catch (MalformedPageException e) {
            keepMalformedPage(shop, e);
            report.fail(QuarantineReason.MALFORMED_PAYLOAD.name(), e.getMessage(), true);
        } catch (SkipLimitExceededException e) {
            report.fail("SKIP_LIMIT_EXCEEDED", e.getMessage(), true);
        } catch (LeaseLostException e) {
            report.fail("LEASE_LOST", e.getMessage(), true);
        } catch (WindowIncompleteException e) {
            report.fail("WINDOW_INCOMPLETE", e.getMessage(), true);
        } finally {
            report.calls = session.stats().calls();
            report.retries = session.stats().retries();
            report.rateLimited = session.stats().rateLimitedResponses();
            report.pacingWaitMillis = session.stats().pacingWaitMillis();
            report.duration = Duration.ofNanos(System.nanoTime() - started);
        }
        return report;
    }

    private void keepMalformedPage(SyncShop shop, MalformedPageException e) {
        tx.executeWithoutResult(status -> quarantine.keep(List.of(new QuarantinedPayload(shop.channel(),
                shop.shopId(), "PAGE", null, e.body(), QuarantineReason.MALFORMED_PAYLOAD, null, e.getMessage()))));
    }

    /** One shop run's state. */
    private final class Run {
        private final SyncShop shop;
        private final ShopSession session;
        private final StatusMapping statuses;
        private final ShopLease lease;
        private final ShopSyncReport report;
        private final ChannelAdapter adapter;
        private final int pageSize;
        private final List<UnifiedOrder> pendingOrders = new ArrayList<>();
        private final List<QuarantinedPayload> pendingBad = new ArrayList<>();
        /** The last window whose pages are all in the pending batch: the cursor to commit with it. */
        private TimeWindow pendingCursor;
        /** When the last batch was committed (or the run started): see {@link #PROGRESS_INTERVAL}. */
        private Instant committedAt = clock.instant();
        /** A rewriting backfill: unchanged orders are written again (see {@link SyncMode.Backfill}). */
        private boolean rewrite;
        private final ExecutorService prefetcher = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "oms-prefetch");
            thread.setDaemon(true);
            return thread;
        });

        Run(SyncShop shop, ShopSession session, StatusMapping statuses, ShopLease lease, ShopSyncReport report) {
            this.shop = shop;
            this.session = session;
            this.statuses = statuses;
            this.lease = lease;
            this.report = report;
            this.adapter = adapters.of(shop.channel());
            this.pageSize = Math.max(1, Math.min(shop.pageSize(), adapter.limits().maxPageSize()));
        }

        void execute(SyncMode mode) {
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            LocalDateTime cursor = cursors.find(shop.channel().name(), shop.shopId());
            report.cursorBefore = cursor;
            report.cursorAfter = cursor;
            List<TimeWindow> windows = mode instanceof SyncMode.Backfill backfill
                    ? planner.backfill(backfill.range(), adapter.limits(), now)
                    : planner.incremental(cursor, shop.overlap(), shop.syncStartAt(), adapter.limits(), now);
            boolean advanceCursor = mode instanceof SyncMode.Incremental;
            rewrite = mode instanceof SyncMode.Backfill backfill && backfill.rewrite();
            if (!windows.isEmpty()) {
                report.windowFrom = windows.get(0).from();
                report.windowTo = windows.get(windows.size() - 1).to();
            }
            try {
                for (TimeWindow window : windows) {
                    walk(window, advanceCursor);
                }
                flush();
            } finally {
                prefetcher.shutdownNow();
            }
        }

        private void walk(TimeWindow window, boolean advanceCursor) {
            OrderPage first = fetch(window, 1);
            long limit = Math.min(adapter.limits().maxResultsPerQuery(), properties.maxOrdersPerWindow());
            if (first.total() > limit && window.length().toSeconds() > 1) {
                for (TimeWindow half : window.halves()) {
                    walk(half, advanceCursor);
                }
                return;
            }
            report.windows++;
            if (first.pageCount(pageSize) == 1 && first.orders().size() >= first.total()) {
                write(first.orders(), advanceCursor ? window : null);
                return;
            }
            Set<String> seen = new HashSet<>();
            for (int walk = 1; ; walk++) {
                PagesAhead ahead = new PagesAhead(window, first.pageCount(pageSize));
                for (int pageNo = first.pageCount(pageSize); pageNo >= 2; pageNo--) {
                    write(distinct(ahead.next(), window, pageNo, seen).orders(), null);
                }
                OrderPage head = distinct(ahead.next(), window, 1, seen);
                // Complete when the total did not grow (late, out-of-order modification times) and the walks so far
                // saw at least as many distinct orders as the window holds now. A repeated page leaves us short; so
                // does an order modified to the front of the window mid-walk, which pushes the others one place back
                // onto a page already read: the next walk picks those up, and everything it writes is idempotent.
                boolean complete = head.total() <= first.total() && seen.size() >= head.total();
                if (complete) {
                    write(head.orders(), advanceCursor ? window : null);
                    return;
                }
                write(head.orders(), null);
                if (walk == MAX_WALKS) {
                    flush();
                    throw new WindowIncompleteException(shop.label() + " window " + window + ": " + walk
                            + " walks saw " + seen.size() + " distinct orders of " + head.total()
                            + "; the window stays open for the next run");
                }
                report.rewalks++;
                first = head;
            }
        }

        /**
         * The page, fetched again (twice at most) when it holds nothing new: platforms sometimes serve the previous
         * page again, and trusting that would skip the real page's orders.
         */
        private OrderPage distinct(OrderPage fetched, TimeWindow window, int pageNo, Set<String> seen) {
            OrderPage page = fetched;
            for (int retry = 0; retry < 2 && !page.orders().isEmpty() && allSeen(page, seen); retry++) {
                page = fetch(window, pageNo);
            }
            page.orders().forEach(order -> seen.add(order.platformOrderId()));
            return page;
        }

        private boolean allSeen(OrderPage page, Set<String> seen) {
            return page.orders().stream().allMatch(order -> seen.contains(order.platformOrderId()));
        }

        /**
         * A walk's pages, last to first, fetched one after another on the prefetch thread up to
         * {@link #PAGES_AHEAD} pages ahead of the one being mapped and written: the shop's two halves overlap, and
         * fetching goes on while a batch is being committed. One request at a time per shop, as before; pacing
         * still decides when each is sent.
         */
        private final class PagesAhead {
            private final TimeWindow window;
            private final Deque<Future<OrderPage>> requested = new ArrayDeque<>();
            private int nextPageNo;

            PagesAhead(TimeWindow window, int lastPageNo) {
                this.window = window;
                this.nextPageNo = lastPageNo;
                while (requested.size() < PAGES_AHEAD && nextPageNo >= 1) {
                    request();
                }
            }

            OrderPage next() {
                Future<OrderPage> page = requested.poll();
                if (nextPageNo >= 1) {
                    request();
                }
                return await(page);
            }

            private void request() {
                int pageNo = nextPageNo--;
                requested.add(prefetcher.submit(() -> fetch(window, pageNo)));
            }
        }

        private OrderPage await(Future<OrderPage> page) {
            try {
                return page.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(shop.label() + ": interrupted while fetching", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(shop.label() + ": page fetch failed", e.getCause());
            }
        }

        private OrderPage fetch(TimeWindow window, int pageNo) {
            // No request without the lease: if it ran out (a stall longer than its TTL), another executor may
            // be pulling this shop now.
            lease.keepAlive();
            report.pages.incrementAndGet();
            long started = System.nanoTime();
            try {
                return adapter.fetchPage(session, window, pageNo, pageSize);
            } finally {
                report.fetchNanos.addAndGet(System.nanoTime() - started);
            }
        }

        /**
         * Maps a page into the pending batch. The batch is written once it holds {@link #BATCH_ORDERS} orders, with
         * the cursor of the last window it completes, in the same transaction: a commit costs a log flush, and a
         * crash only re-walks what the cursor does not cover.
         */
        private void write(List<RawOrder> raws, TimeWindow completedWindow) {
            for (RawOrder raw : raws) {
                try {
                    pendingOrders.add(adapter.map(shop.shopId(), raw, statuses));
                } catch (MappingFailure failure) {
                    pendingBad.add(new QuarantinedPayload(shop.channel(), shop.shopId(), "ORDER",
                            raw.platformOrderId(), raw.body(), failure.reason(), failure.field(), failure.getMessage()));
                }
            }
            if (completedWindow != null) {
                pendingCursor = completedWindow;
            }
            if (pendingOrders.size() + pendingBad.size() >= BATCH_ORDERS || progressDue()) {
                flush();
            }
        }

        private boolean progressDue() {
            return pendingCursor != null && !clock.instant().isBefore(committedAt.plus(PROGRESS_INTERVAL));
        }

        private void flush() {
            if (pendingOrders.isEmpty() && pendingBad.isEmpty() && pendingCursor == null) {
                return;
            }
            long started = System.nanoTime();
            try {
                writeBatch();
            } finally {
                report.writeNanos += System.nanoTime() - started;
            }
        }

        private void writeBatch() {
            List<UnifiedOrder> mapped = List.copyOf(pendingOrders);
            List<QuarantinedPayload> bad = List.copyOf(pendingBad);
            TimeWindow completedWindow = pendingCursor;
            pendingOrders.clear();
            pendingBad.clear();
            pendingCursor = null;
            committedAt = clock.instant();
            // Over the skip limit the batch is still written and its bad orders kept, but the window is not
            // marked done: once the cause is fixed, the next run reads it again.
            boolean overLimit = report.quarantinedTotal() + bad.size() > properties.skipLimit();
            TimeWindow cursorWindow = overLimit ? null : completedWindow;
            Channel channel = shop.channel();
            OrderWriteResult result = retryOnDeadlock(() -> tx.execute(status -> {
                lease.renewInTransaction();
                OrderWriteResult written = rewrite ? writer.rewrite(mapped, StatusSource.PULL)
                        : writer.write(mapped, StatusSource.PULL);
                quarantine.keep(bad);
                if (cursorWindow != null) {
                    cursors.advance(channel.name(), shop.shopId(), cursorWindow.to(),
                            LocalDateTime.now(clock).withNano(0));
                }
                return written;
            }));
            report.inserted += result.inserted();
            report.updated += result.updated();
            report.unchanged += result.unchanged();
            bad.forEach(b -> report.quarantined.merge(b.reason(), 1, Integer::sum));
            if (overLimit) {
                throw new SkipLimitExceededException(report.quarantinedTotal() + " orders quarantined in this run, "
                        + "more than the skip limit " + properties.skipLimit() + ": " + report.quarantined);
            }
            if (cursorWindow != null && (report.cursorAfter == null || cursorWindow.to().isAfter(report.cursorAfter))) {
                report.cursorAfter = cursorWindow.to();
            }
        }

        /** A deadlock victim's transaction was rolled back whole; the page write is idempotent, so run it again. */
        private OrderWriteResult retryOnDeadlock(Supplier<OrderWriteResult> write) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return write.get();
                } catch (PessimisticLockingFailureException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        }
    }
}
