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
import io.orderhub.sync.channel.StatusMapping;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.config.SyncProperties;
import io.orderhub.sync.shop.SyncShop;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
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
    static final int MAX_WALKS = 3;

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
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
        this.planner = new WindowPlanner(properties.settleDelay(), properties.initialLookback());
    }

    public ShopSyncReport sync(SyncShop shop, SyncMode mode, StatusMapping statuses, String holder) {
        ShopSyncReport report = new ShopSyncReport(shop.label());
        long started = System.nanoTime();
        if (!leases.acquire(shop.channel().name(), shop.shopId(), holder)) {
            report.outcome = ShopSyncReport.Outcome.SKIPPED_LEASED;
            return report;
        }
        ShopSession session = ShopSession.of(shop.credentials());
        try {
            new Run(shop, session, statuses, holder, report).execute(mode);
        } catch (PlatformException e) {
            report.fail(e.error().kind() == PlatformErrorKind.TOKEN_EXPIRED ? "TOKEN_EXPIRED" : "PLATFORM_"
                    + e.error().kind(), e.error().kind() == PlatformErrorKind.TOKEN_EXPIRED
                    ? "access token expired for shop " + shop.label() + ": the shop must re-authorise (" + e.error() + ")"
                    : e.getMessage());
        } catch (MalformedPageException e) {
            keepMalformedPage(shop, e);
            report.fail(QuarantineReason.MALFORMED_PAYLOAD.name(), e.getMessage());
        } catch (SkipLimitExceededException e) {
            report.fail("SKIP_LIMIT_EXCEEDED", e.getMessage());
        } catch (LeaseLostException e) {
            report.fail("LEASE_LOST", e.getMessage());
        } finally {
            leases.release(shop.channel().name(), shop.shopId(), holder);
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
        private final String holder;
        private final ShopSyncReport report;
        private final ChannelAdapter adapter;
        private final int pageSize;

        Run(SyncShop shop, ShopSession session, StatusMapping statuses, String holder, ShopSyncReport report) {
            this.shop = shop;
            this.session = session;
            this.statuses = statuses;
            this.holder = holder;
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
            if (!windows.isEmpty()) {
                report.windowFrom = windows.get(0).from();
                report.windowTo = windows.get(windows.size() - 1).to();
            }
            for (TimeWindow window : windows) {
                walk(window, advanceCursor);
            }
        }

        private void walk(TimeWindow window, boolean advanceCursor) {
            OrderPage first = adapter.fetchPage(session, window, 1, pageSize);
            report.pages++;
            long limit = Math.min(adapter.limits().maxResultsPerQuery(), properties.maxOrdersPerWindow());
            if (first.total() > limit && window.length().toSeconds() > 1) {
                for (TimeWindow half : window.halves()) {
                    walk(half, advanceCursor);
                }
                return;
            }
            report.windows++;
            int pages = first.pageCount(pageSize);
            if (pages == 1) {
                write(first.orders(), advanceCursor ? window : null);
                return;
            }
            for (int walk = 1; ; walk++) {
                for (int pageNo = pages; pageNo >= 2; pageNo--) {
                    write(adapter.fetchPage(session, window, pageNo, pageSize).orders(), null);
                    report.pages++;
                }
                OrderPage head = adapter.fetchPage(session, window, 1, pageSize);
                report.pages++;
                boolean grew = head.total() > first.total();
                if (!grew || walk == MAX_WALKS) {
                    write(head.orders(), advanceCursor ? window : null);
                    return;
                }
                write(head.orders(), null);
                report.rewalks++;
                first = head;
                pages = head.pageCount(pageSize);
            }
        }

        /** Maps a page and writes it in one transaction, with the cursor when it completes a window. */
        private void write(List<RawOrder> raws, TimeWindow completedWindow) {
            List<UnifiedOrder> mapped = new ArrayList<>(raws.size());
            List<QuarantinedPayload> bad = new ArrayList<>();
            for (RawOrder raw : raws) {
                try {
                    mapped.add(adapter.map(shop.shopId(), raw, statuses));
                } catch (MappingFailure failure) {
                    bad.add(new QuarantinedPayload(shop.channel(), shop.shopId(), "ORDER", raw.platformOrderId(),
                            raw.body(), failure.reason(), failure.field(), failure.getMessage()));
                }
            }
            // Over the skip limit the page is still written and its bad orders kept, but the window is not
            // marked done: once the cause is fixed, the next run reads it again.
            boolean overLimit = report.quarantinedTotal() + bad.size() > properties.skipLimit();
            TimeWindow cursorWindow = overLimit ? null : completedWindow;
            Channel channel = shop.channel();
            OrderWriteResult result = tx.execute(status -> {
                leases.renewOrFail(channel.name(), shop.shopId(), holder);
                OrderWriteResult written = writer.write(mapped, StatusSource.PULL);
                quarantine.keep(bad);
                if (cursorWindow != null) {
                    cursors.advance(channel.name(), shop.shopId(), cursorWindow.to(), newestId(mapped),
                            LocalDateTime.now(clock).withNano(0));
                }
                return written;
            });
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

        private String newestId(List<UnifiedOrder> orders) {
            return orders.stream()
                    .max(Comparator.comparing((UnifiedOrder o) -> o.times().platformModified())
                            .thenComparing(UnifiedOrder::platformOrderId))
                    .map(UnifiedOrder::platformOrderId)
                    .orElse(null);
        }
    }
}
