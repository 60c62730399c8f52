package io.orderhub.sync.engine;

import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.common.quarantine.QuarantineStore;
import io.orderhub.common.quarantine.QuarantinedPayload;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.MalformedPageException;
import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.config.SyncProperties;
import io.orderhub.sync.shop.SyncShop;
import io.orderhub.sync.status.StatusMapping;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Syncs one shop: takes its lease, plans windows from its cursor, and wires the run's three parts: a
 * {@link WindowWalker} reads each window's pages (last to first, halving, re-walks) through a {@link PagePrefetcher}
 * (the shop's fetch thread), and hands them to a {@link BatchCommitter} (mapping, quarantine, batches, cursor; the
 * shop's commit thread stores a batch while the next is mapped). The
 * cursor moves only in the transaction that holds a window's last page, so a crash anywhere re-walks at most the
 * windows after the cursor. How the run ended goes into the shop's {@link ShopSyncReport}.
 */
@Component
public class ShopSynchronizer {

    private final ChannelAdapters adapters;
    private final OrderWriter writer;
    private final QuarantineStore quarantine;
    private final SyncCursorMapper cursors;
    private final ShopLeases leases;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SyncProperties properties;
    private final WindowPlanner planner;
    private final SyncShutdown shutdown;

    public ShopSynchronizer(ChannelAdapters adapters, OrderWriter writer, QuarantineStore quarantine,
            SyncCursorMapper cursors, ShopLeases leases, TransactionTemplate tx, Clock clock,
            SyncProperties properties, SyncShutdown shutdown) {
        this.adapters = adapters;
        this.writer = writer;
        this.quarantine = quarantine;
        this.cursors = cursors;
        this.leases = leases;
        this.tx = pageTransactions(tx);
        this.clock = clock;
        this.properties = properties;
        this.planner = new WindowPlanner(properties.settleDelay(), properties.initialLookback());
        this.shutdown = shutdown;
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
            run(shop, session, statuses, lease, report, mode);
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
        } catch (SyncStoppedException e) {
            report.stop(e.getMessage());
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

    /** Plans a shop's windows from its cursor and walks them; the three parts of the run, wired for one shop. */
    private void run(SyncShop shop, ShopSession session, StatusMapping statuses, ShopLease lease,
            ShopSyncReport report, SyncMode mode) {
        ChannelAdapter adapter = adapters.of(shop.channel());
        int pageSize = Math.max(1, Math.min(shop.pageSize(), adapter.limits().maxPageSize()));
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDateTime cursor = cursors.find(shop.channel().name(), shop.shopId());
        report.cursorBefore = cursor;
        report.cursorAfter = cursor;
        List<TimeWindow> windows = mode instanceof SyncMode.Backfill backfill
                ? planner.backfill(backfill.range(), adapter.limits(), now)
                : planner.incremental(cursor, shop.overlap(), shop.syncStartAt(), adapter.limits(), now);
        if (!windows.isEmpty()) {
            report.windowFrom = windows.get(0).from();
            report.windowTo = windows.get(windows.size() - 1).to();
        }
        boolean rewrite = mode instanceof SyncMode.Backfill backfill && backfill.rewrite();
        PageSource leasedPages = new LeasedPages(adapter, session, lease, report, pageSize);
        try (BatchCommitter batches = new BatchCommitter(shop.channel(), shop.shopId(),
                raw -> adapter.map(shop.shopId(), raw, statuses),
                new ShopBatchStore(shop, lease, writer, quarantine, cursors, tx, clock, rewrite),
                mode instanceof SyncMode.Incremental, properties.skipLimit(), clock, report, shutdown::stopRequested);
                PagePrefetcher pages = new PagePrefetcher(leasedPages, shop.label())) {
            WindowWalker walker = new WindowWalker(pages, batches, pageSize,
                    Math.min(adapter.limits().maxResultsPerQuery(), properties.maxOrdersPerWindow()), report);
            for (TimeWindow window : windows) {
                walker.walk(window);
            }
            batches.flush();
        }
    }

    /** The shop's pages straight from its adapter, each request made only while the lease is held, and counted. */
    private record LeasedPages(ChannelAdapter adapter, ShopSession session, ShopLease lease, ShopSyncReport report,
            int pageSize) implements PageSource {

        @Override
        public OrderPage fetch(TimeWindow window, int pageNo) {
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
    }
}
