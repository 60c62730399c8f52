package io.orderhub.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.MalformedPageException;
import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.TimeWindow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop's cursor on a real MariaDB: it moves only with a completed window's last page, and only for an
 * incremental run. Same context as {@link ShopSyncIT}; each shop is new, so the tests do not see each other.
 */
class ShopSyncCursorIT extends EngineOnMariaDb {

    FakePlatform platform;
    ShopSynchronizer synchronizer;
    String shop;

    @BeforeEach
    void setUp() {
        clock.set(NOON.atZone(GMT8).toInstant());
        platform = new FakePlatform(Channel.JD);
        synchronizer = synchronizer(new ChannelAdapters(Map.of(Channel.JD, platform)), leases, properties);
        shop = platform.registerShop(jdbc, MORNING.minusHours(1), MORNING);
    }

    private ShopSyncReport sync(SyncMode mode) {
        return synchronizer.sync(directory.resolve(directory.find(Channel.JD, shop).orElseThrow()), mode,
                statusMappings.current(), "cursor-test");
    }

    /** A first run over the seeded orders, then an hour later: the cursor the next tests start from. */
    private LocalDateTime syncedAnHourAgo() {
        platform.seed(shop, 5, MORNING);
        assertThat(sync(SyncMode.INCREMENTAL).failureReason()).isNull();
        LocalDateTime cursor = cursors.find("JD", shop);
        assertThat(cursor).isEqualTo(NOON.minus(properties.settleDelay()));
        clock.advance(Duration.ofHours(1));
        return cursor;
    }

    /** Three pages' worth (the shop's page size is 10), a second apart, after the first run's cursor. */
    private void twentyFiveNewOrdersAtNoon() {
        for (int i = 0; i < 25; i++) {
            platform.put(shop, shop + "-new-" + i, "WAIT_SELLER_STOCK_OUT", NOON.plusSeconds(i), "10.00");
        }
    }

    private int stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE shop_id = ?", Integer.class, shop);
    }

    @Test
    void aFailureInTheMiddleOfAWindowKeepsTheCursorWhereItWas() {
        LocalDateTime cursor = syncedAnHourAgo();
        twentyFiveNewOrdersAtNoon();
        platform.beforePage(fetch -> {
            if (fetch.pageNo() == 2) { // the walk has read page 3 (and page 1 for the total) by now
                throw new PlatformException("JD/" + shop, "fake.search",
                        new PlatformError(PlatformErrorKind.UNAVAILABLE, "503", "platform down"));
            }
        });

        ShopSyncReport report = sync(SyncMode.INCREMENTAL);

        assertThat(report.failureReason()).isEqualTo("PLATFORM_UNAVAILABLE");
        assertThat(cursors.find("JD", shop)).isEqualTo(cursor);
        assertThat(report.cursorAfter).isEqualTo(cursor);

        platform.beforePage(fetch -> { });
        assertThat(sync(SyncMode.INCREMENTAL).failureReason()).isNull();
        assertThat(stored()).isEqualTo(30);
        assertThat(cursors.find("JD", shop)).isAfter(cursor);
    }

    @Test
    void aMalformedPageIsRequestedOnceFailsTheRunQuarantinedAndKeepsTheCursor() {
        LocalDateTime cursor = syncedAnHourAgo();
        twentyFiveNewOrdersAtNoon();
        AtomicInteger page2Requests = new AtomicInteger();
        platform.beforePage(fetch -> {
            if (fetch.pageNo() == 2) {
                page2Requests.incrementAndGet();
                throw new MalformedPageException("JD/" + shop + " fake.search: response is not valid JSON", "{\"total\":");
            }
        });

        ShopSyncReport report = sync(SyncMode.INCREMENTAL);

        assertThat(report.failureReason()).isEqualTo("MALFORMED_PAYLOAD");
        assertThat(page2Requests).as("requests for the malformed page").hasValue(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM raw_payload WHERE shop_id = ? AND kind = 'PAGE'",
                Integer.class, shop)).isEqualTo(1);
        assertThat(cursors.find("JD", shop)).isEqualTo(cursor);
    }

    @Test
    void aWindowStillShortOfDistinctOrdersAfterItsWalksFailsIncompleteAndKeepsTheCursor() {
        LocalDateTime cursor = syncedAnHourAgo();
        twentyFiveNewOrdersAtNoon();
        platform.repeatInsteadOf(2);

        ShopSyncReport report = sync(SyncMode.INCREMENTAL);

        assertThat(report.failureReason()).isEqualTo("WINDOW_INCOMPLETE");
        assertThat(report.failureDetail).contains(WindowWalker.MAX_WALKS + " walks saw 15 distinct orders of 25");
        assertThat(report.rewalks).isEqualTo(WindowWalker.MAX_WALKS - 1);
        assertThat(cursors.find("JD", shop)).isEqualTo(cursor);
        assertThat(stored()).as("what the walks did read is kept").isEqualTo(5 + 15);
    }

    @Test
    void aWindowHoldingMoreThanThePlatformServesPerQueryIsHalvedUntilEachPartFits() {
        platform.capResultsPerQuery(20);
        platform.seed(shop, 50, MORNING);
        List<TimeWindow> looked = new CopyOnWriteArrayList<>();
        platform.beforePage(fetch -> {
            if (fetch.pageNo() == 1) {
                looked.add(fetch.window());
            }
        });

        ShopSyncReport report = sync(SyncMode.INCREMENTAL);

        assertThat(report.failureReason()).isNull();
        assertThat(stored()).isEqualTo(50);
        assertThat(report.windows).isGreaterThanOrEqualTo(3);
        TimeWindow whole = looked.get(0);
        assertThat(looked).contains(whole.halves()[0], whole.halves()[1]);
        assertThat(cursors.find("JD", shop)).isEqualTo(whole.to());
    }

    @Test
    void aBackfillWritesItsRangeButNeverMovesTheCursor() {
        LocalDateTime cursor = syncedAnHourAgo();
        // An order the incremental runs will never see again: modified before the cursor's overlap.
        platform.put(shop, shop + "-repaired", "WAIT_SELLER_STOCK_OUT", MORNING.minusMinutes(30), "10.00");
        platform.put(shop, shop + "-recent", "WAIT_SELLER_STOCK_OUT", NOON.plusMinutes(10), "10.00");

        ShopSyncReport report = sync(new SyncMode.Backfill(
                new TimeWindow(MORNING.minusHours(1), NOON.plusMinutes(30)), false));

        assertThat(report.failureReason()).isNull();
        assertThat(stored()).isEqualTo(7);
        assertThat(cursors.find("JD", shop)).isEqualTo(cursor);
        assertThat(report.cursorAfter).isEqualTo(cursor);
    }

    @Test
    void aBackfillOfAShopNeverSyncedLeavesItWithoutACursorEvenWhenProgressCommitsAreDue() {
        platform.seed(shop, 3, MORNING);
        platform.windowsOf(Duration.ofMinutes(30));
        platform.beforePage(fetch -> clock.advance(BatchCommitter.PROGRESS_INTERVAL));

        ShopSyncReport report = sync(new SyncMode.Backfill(new TimeWindow(MORNING.minusHours(1), NOON), false));

        assertThat(report.failureReason()).isNull();
        assertThat(stored()).isEqualTo(3);
        assertThat(cursors.find("JD", shop)).isNull();
    }
}
