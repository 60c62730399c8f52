package io.orderhub.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.job.RunLog;
import io.orderhub.common.job.Shard;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.config.SyncProperties;
import io.orderhub.sync.metrics.SyncMeters;
import io.orderhub.sync.quarantine.QuarantineReplay;
import io.orderhub.sync.quarantine.ReplayRequest;
import io.orderhub.sync.status.StatusMapping;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sync engine against a real MariaDB and an in-memory platform that misbehaves the way real ones do.
 */
class ShopSyncIT extends EngineOnMariaDb {

    @Autowired
    SyncRunMapper runs;
    @Autowired
    ShopReauthorisationAlerts reauthorisation;
    @Autowired
    ShopLeaseMapper leaseRows;

    FakePlatform platform;
    ChannelOrderSync sync;
    QuarantineReplay replay;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() {
        clock.advance(Duration.between(clock.instant(), NOON.atZone(GMT8).toInstant()));
        platform = new FakePlatform(Channel.JD);
        ChannelAdapters adapters = new ChannelAdapters(Map.of(Channel.JD, platform));
        sync = new ChannelOrderSync(directory, statusMappings, synchronizer(adapters, leases, properties), runs, reauthorisation, tx, clock,
                properties, new SyncShutdown(), new SyncMeters(new SimpleMeterRegistry(), List.of()));
        replay = new QuarantineReplay(quarantine, adapters, statusMappings, writer, tx);
    }

    private String newShop() {
        return newShop(MORNING.minusHours(1));
    }

    private String newShop(LocalDateTime syncStartAt) {
        return platform.registerShop(jdbc, syncStartAt, MORNING);
    }

    /** Another executor's engine on the same database: its own platform client and lease settings. */
    private ChannelOrderSync executor(FakePlatform client, ShopLeases shopLeases, SyncProperties settings) {
        ChannelAdapters adapters = new ChannelAdapters(Map.of(Channel.JD, client));
        return new ChannelOrderSync(directory, statusMappings, synchronizer(adapters, shopLeases, settings), runs, reauthorisation, tx, clock,
                settings, new SyncShutdown(), new SyncMeters(new SimpleMeterRegistry(), List.of()));
    }

    private SyncProperties withLeaseTtl(Duration ttl) {
        SyncProperties p = properties;
        return new SyncProperties(p.pacing(), p.retry(), p.timeout(), p.settleDelay(), p.initialLookback(),
                p.maxOrdersPerWindow(), p.skipLimit(), p.parallelShops(), ttl);
    }

    private static String runOn(ChannelOrderSync executor, List<String> log, String shop) {
        return executor.run(new SyncRequest(List.of(Channel.JD), List.of(shop), null, null),
                new JobContext(Shard.SOLE, (pattern, args) -> log.add(pattern)));
    }

    private String run(Shard shard, String... shopIds) {
        return sync.run(new SyncRequest(List.of(Channel.JD), List.of(shopIds), null, null),
                new JobContext(shard, (pattern, args) -> log.add(pattern)));
    }

    private void seed(String shopId, int count) {
        platform.seed(shopId, count, MORNING);
    }

    private int stored(String shopId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE shop_id = ?", Integer.class, shopId);
    }

    private String status(String shopId, String id) {
        return jdbc.queryForObject("SELECT status FROM unified_order WHERE shop_id = ? AND platform_order_id = ?",
                String.class, shopId, id);
    }

    /** An order stored by an older mapping (here: a wrong goods amount) that the platform has not changed since. */
    @Test
    void rewritingBackfillRepairsOrdersThePlatformDidNotChange() {
        String shop = newShop();
        seed(shop, 3);
        run(Shard.SOLE, shop);
        jdbc.update("UPDATE unified_order SET goods_amount = 1.00 WHERE shop_id = ?", shop);
        JobContext context = new JobContext(Shard.SOLE, (pattern, args) -> log.add(pattern));

        sync.run(new SyncRequest(List.of(Channel.JD), List.of(shop), MORNING.minusHours(1), NOON.minusHours(1)),
                context);
        int afterPlainBackfill = jdbc.queryForObject(
                "SELECT COUNT(*) FROM unified_order WHERE shop_id = ? AND goods_amount = 1.00", Integer.class, shop);
        sync.run(new SyncRequest(List.of(Channel.JD), List.of(shop), MORNING.minusHours(1), NOON.minusHours(1), true),
                context);

        assertThat(afterPlainBackfill).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT goods_amount FROM unified_order WHERE shop_id = ?", String.class, shop))
                .containsOnly("10.00");
    }

    @Test
    void firstRunImportsEveryOrderAndAdvancesTheCursor() {
        String shop = newShop();
        seed(shop, 35);

        String summary = run(Shard.SOLE, shop);

        assertThat(stored(shop)).isEqualTo(35);
        assertThat(summary).contains("new=35");
        assertThat(cursors.find("JD", shop)).isEqualTo(NOON.minus(properties.settleDelay()));
        assertThat(log).anySatisfy(line -> assertThat(line).contains("JD/" + shop + " SUCCEEDED").contains("pages="));
    }

    @Test
    void rerunWithoutChangesWritesNothingNew() {
        String shop = newShop();
        seed(shop, 12);
        run(Shard.SOLE, shop);
        clock.advance(Duration.ofMinutes(10));

        String summary = run(Shard.SOLE, shop);

        assertThat(summary).contains("new=0 updated=0");
        assertThat(stored(shop)).isEqualTo(12);
    }

    @Test
    void ordersModifiedDuringTheWalkAreNotSkipped() {
        String shop = newShop();
        seed(shop, 45);
        // While page 3 of the first window is fetched, the two newest orders change: they leave the window and
        // everything after them shifts two places toward the front.
        platform.beforePage(fetch -> {
            if (fetch.pageNo() == 3) {
                platform.put(shop, shop + "-44", "WAIT_GOODS_RECEIVE_CONFIRM", NOON.minusSeconds(30), "10.00");
                platform.put(shop, shop + "-43", "WAIT_GOODS_RECEIVE_CONFIRM", NOON.minusSeconds(30), "10.00");
                platform.beforePage(f -> { });
            }
        });

        run(Shard.SOLE, shop);
        clock.advance(Duration.ofMinutes(5));
        run(Shard.SOLE, shop);

        assertThat(stored(shop)).isEqualTo(45);
        assertThat(status(shop, shop + "-44")).isEqualTo("SHIPPED");
        assertThat(status(shop, shop + "-0")).isEqualTo("PAID");
    }

    @Test
    void pagesAreFetchedAheadWhileTheShopIsStillBusyWithAnEarlierOne() {
        String shop = newShop();
        seed(shop, 95); // ten pages of ten: page 1 first (the total), then 10, 9, … 1
        AtomicBoolean fetchedAhead = new AtomicBoolean();
        AtomicBoolean first = new AtomicBoolean(true);
        platform.beforeMap(() -> {
            if (first.getAndSet(false)) { // mapping page 10: pages 9 to 6 arrive meanwhile
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (platform.fetches() < 6 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                fetchedAhead.set(platform.fetches() >= 6);
            }
        });

        run(Shard.SOLE, shop);

        assertThat(fetchedAhead).isTrue();
        assertThat(stored(shop)).isEqualTo(95);
    }

    @Test
    void anOlderVersionServedLaterNeverMovesAnOrderBackwards() {
        String shop = newShop();
        platform.put(shop, "A", "WAIT_GOODS_RECEIVE_CONFIRM", MORNING.plusHours(2), "10.00");
        run(Shard.SOLE, shop);
        // The platform now serves a stale copy (older modified time) inside the overlap window.
        platform.put(shop, "A", "WAIT_SELLER_STOCK_OUT", MORNING.plusHours(1), "10.00");
        clock.advance(Duration.ofMinutes(10));

        run(Shard.SOLE, shop);

        assertThat(status(shop, "A")).isEqualTo("SHIPPED");
    }

    @Test
    void unmappableOrderIsQuarantinedTheRestIsWrittenAndReplayRepairsItAfterTheFix() {
        String shop = newShop();
        seed(shop, 5);
        platform.put(shop, "odd", "MYSTERY_STATE", MORNING.plusMinutes(30), "10.00");

        String summary = run(Shard.SOLE, shop);

        assertThat(stored(shop)).isEqualTo(5);
        assertThat(summary).contains("quarantined=1");
        assertThat(jdbc.queryForObject("SELECT reason FROM raw_payload WHERE shop_id = ? AND platform_order_id = 'odd'",
                String.class, shop)).isEqualTo("UNKNOWN_STATUS");
        assertThat(jdbc.queryForObject("SELECT failing_field FROM raw_payload WHERE shop_id = ?", String.class, shop))
                .isEqualTo("order.status");

        jdbc.update("INSERT INTO status_mapping (channel, kind, platform_value, unified_value) "
                + "VALUES ('JD', 'ORDER', 'MYSTERY_STATE', 'PAID')");
        try {
            String first = replay.run(new ReplayRequest(List.of(QuarantineReason.UNKNOWN_STATUS), List.of(Channel.JD),
                    List.of(shop), null, null, null), new JobContext(Shard.SOLE, RunLog.NONE));
            String second = replay.run(new ReplayRequest(List.of(QuarantineReason.UNKNOWN_STATUS), List.of(Channel.JD),
                    List.of(shop), null, null, null), new JobContext(Shard.SOLE, RunLog.NONE));

            assertThat(first).contains("replayed=1").contains("new=1");
            assertThat(second).contains("examined=0");
            assertThat(stored(shop)).isEqualTo(6);
            assertThat(jdbc.queryForObject("SELECT state FROM raw_payload WHERE shop_id = ?", String.class, shop))
                    .isEqualTo("REPLAYED");
        } finally {
            jdbc.update("DELETE FROM status_mapping WHERE platform_value = 'MYSTERY_STATE'");
        }
    }

    @Test
    void aFloodOfBadOrdersFailsTheRunWithTheReason() {
        String shop = newShop();
        for (int i = 0; i < properties.skipLimit() + 1; i++) {
            platform.put(shop, "bad-" + i, "MYSTERY_" + i, MORNING.plusSeconds(i), "10.00");
        }

        assertThatThrownBy(() -> run(Shard.SOLE, shop))
                .isInstanceOf(JobFailure.class)
                .hasMessageContaining("SKIP_LIMIT_EXCEEDED");
        assertThat(cursors.find("JD", shop)).isNull();
    }

    @Test
    void expiredTokenFailsThatShopNamingItWhileOtherShopsSync() {
        String good = newShop();
        String expired = newShop();
        seed(good, 3);
        seed(expired, 3);
        platform.expireTokenOf(expired);

        assertThatThrownBy(() -> run(Shard.SOLE, good, expired))
                .isInstanceOf(JobFailure.class)
                .hasMessageContaining("JD/" + expired + " TOKEN_EXPIRED");
        assertThat(stored(good)).isEqualTo(3);
        assertThat(log).anySatisfy(line -> assertThat(line)
                .contains("access token expired for shop JD/" + expired).doesNotContain("fake-token-value"));
    }

    @Test
    void twoExecutorsShardingTheSameShopsSyncEachShopExactlyOnce() {
        List<String> shops = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String shop = newShop();
            seed(shop, 3);
            shops.add(shop);
        }
        String[] ids = shops.toArray(String[]::new);

        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> run(new Shard(0, 2), ids));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> run(new Shard(1, 2), ids));
        first.join();
        second.join();

        for (String shop : shops) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sync_run WHERE shop_id = ?", Integer.class, shop))
                    .as(shop).isEqualTo(1);
            assertThat(stored(shop)).isEqualTo(3);
        }
    }

    @Test
    void aCrashedHoldersLeaseIsTakenOverOnlyAfterItExpires() {
        String shop = newShop();
        seed(shop, 3);
        crashedHolderTook(shop);

        String whileHeld = run(Shard.SOLE, shop);
        clock.advance(properties.leaseTtl().plusSeconds(1));
        String afterExpiry = run(Shard.SOLE, shop);

        assertThat(whileHeld).contains("1 skipped");
        assertThat(afterExpiry).contains("1 synced").contains("new=3");
    }

    /** A holder that took the lease and died: no heartbeat, no release. */
    private void crashedHolderTook(String shop) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        tx.executeWithoutResult(status -> {
            leaseRows.ensureRow("JD", shop, now);
            leaseRows.acquire("JD", shop, "crashed-executor", now, now.plus(properties.leaseTtl()));
        });
    }

    @Test
    void aSkippedShopNamesTheLeaseHolderAndTheLeaseExpiryWithItsZone() {
        String shop = newShop();
        crashedHolderTook(shop);

        run(Shard.SOLE, shop);

        String expiry = NOON.plus(properties.leaseTtl()).atZone(GMT8).toOffsetDateTime().toString();
        assertThat(expiry).endsWith("+08:00");
        assertThat(log).anySatisfy(line -> assertThat(line).contains("JD/" + shop + " SKIPPED_LEASED")
                .contains("held by crashed-executor until " + expiry));
        assertThat(jdbc.queryForObject("SELECT failure_detail FROM sync_run WHERE shop_id = ?", String.class, shop))
                .isEqualTo("held by crashed-executor until " + expiry);
    }

    @Test
    void aFirstRunOverWeeksOfEmptyWindowsAtPlatformPaceCompletesAndMovesTheCursor() {
        // A first PDD-like sync: 40 days in 30-minute windows (1,920 requests), each request taking the platform's
        // pace of 5 calls/s on the test clock: some six minutes, three times the lease's TTL, with no batch to write
        // until the one order at the end.
        String shop = newShop(NOON.minusDays(40));
        platform.windowsOf(Duration.ofMinutes(30));
        platform.put(shop, "late", "WAIT_SELLER_STOCK_OUT", NOON.minusMinutes(10), "10.00");
        platform.beforePage(fetch -> clock.advance(Duration.ofMillis(200)));

        String summary = run(Shard.SOLE, shop);

        assertThat(summary).contains("1 synced").contains("new=1");
        assertThat(cursors.find("JD", shop)).isEqualTo(NOON.minus(properties.settleDelay()));
    }

    @Test
    void aSparseRunThatStopsKeepsTheEmptyWindowsItWalked() {
        String shop = newShop(NOON.minusDays(2));
        platform.windowsOf(Duration.ofMinutes(30));
        LocalDateTime stopAt = NOON.minusDays(1);
        platform.beforePage(fetch -> {
            clock.advance(Duration.ofSeconds(1));
            if (!fetch.window().from().isBefore(stopAt)) {
                throw new PlatformException("JD/" + shop, "fake.search",
                        new PlatformError(PlatformErrorKind.UNAVAILABLE, "503", "platform down"));
            }
        });

        assertThatThrownBy(() -> run(Shard.SOLE, shop)).isInstanceOf(JobFailure.class);

        // Progress is committed every PROGRESS_INTERVAL of walking (here one empty 30-minute window per second):
        // the next run starts near where this one stopped, not two days back.
        long windowsPerCommit = BatchCommitter.PROGRESS_INTERVAL.toSeconds() + 1;
        assertThat(cursors.find("JD", shop))
                .isAfterOrEqualTo(stopAt.minusMinutes(30 * windowsPerCommit))
                .isBeforeOrEqualTo(stopAt);
    }

    @Test
    void twoExecutorsWithAShortLeaseNeverPullOneShopAtTheSameTime() {
        // Two days of 30-minute windows at one request per second of test clock: 96 s of pulling under a 30 s lease.
        SyncProperties shortLease = withLeaseTtl(Duration.ofSeconds(30));
        ShopLeases leasesA = new ShopLeases(leaseRows, tx, clock, shortLease);
        ShopLeases leasesB = new ShopLeases(leaseRows, tx, clock, shortLease);
        try {
            String shop = newShop(NOON.minusDays(2));
            platform.windowsOf(Duration.ofMinutes(30));
            seed(shop, 3);
            FakePlatform clientB = platform.secondClient("B");
            ChannelOrderSync executorA = executor(platform, leasesA, shortLease);
            ChannelOrderSync executorB = executor(clientB, leasesB, shortLease);
            List<String> logA = Collections.synchronizedList(new ArrayList<>());
            List<String> logB = Collections.synchronizedList(new ArrayList<>());
            clientB.beforePage(fetch -> clock.advance(Duration.ofSeconds(1)));
            AtomicBoolean triedB = new AtomicBoolean();
            platform.beforePage(fetch -> {
                clock.advance(Duration.ofSeconds(1));
                // Past twice the TTL into A's run, the admin triggers the shop on executor B.
                if (platform.fetches() == 65 && !triedB.getAndSet(true)) {
                    try {
                        runOn(executorB, logB, shop);
                    } catch (JobFailure failure) {
                        logB.add(failure.getMessage()); // B's own outcome is not what this test judges
                    }
                }
            });

            String summaryA = runOn(executorA, logA, shop);

            assertThat(triedB).isTrue();
            List<String> requests = platform.requests().stream().filter(r -> r.endsWith(" " + shop)).toList();
            assertThat(requests).first().isEqualTo("A " + shop);
            assertThat(switches(requests)).as("clients taking turns on the shop: %s", requests).isLessThanOrEqualTo(1);
            assertThat(summaryA).contains("1 synced").contains("new=3");
            assertThat(logB).anySatisfy(line -> assertThat(line).contains("JD/" + shop + " SKIPPED_LEASED")
                    .containsPattern("held by \\S+@\\S+/[0-9a-f-]{36} until 2026-11-11T12:0\\d:\\d\\d\\+08:00"));
        } finally {
            leasesA.destroy();
            leasesB.destroy();
        }
    }

    /** How often consecutive requests come from different clients. */
    private static long switches(List<String> requests) {
        long switches = 0;
        for (int i = 1; i < requests.size(); i++) {
            if (requests.get(i).charAt(0) != requests.get(i - 1).charAt(0)) {
                switches++;
            }
        }
        return switches;
    }

    @Test
    void anExpiredTokenIsNotRetryableRaisesAReauthorisationAlertAndItsFixResolvesIt() {
        String shop = newShop();
        seed(shop, 2);
        platform.expireTokenOf(shop);

        assertThatThrownBy(() -> run(Shard.SOLE, shop))
                .isInstanceOfSatisfying(JobFailure.class, failure -> assertThat(failure.retryable()).isFalse());

        String labels = "%\"shop\":\"" + shop + "\"%";
        assertThat(jdbc.queryForObject("SELECT summary FROM alert_state WHERE name = 'ShopReauthorisationNeeded' "
                + "AND labels LIKE ? AND ends_at IS NULL", String.class, labels)).isEqualTo("re-authorise JD/" + shop);

        platform.expireTokenOf(null);
        clock.advance(Duration.ofMinutes(5));
        run(Shard.SOLE, shop);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert_state WHERE name = 'ShopReauthorisationNeeded' "
                + "AND labels LIKE ? AND ends_at IS NOT NULL", Integer.class, labels)).isEqualTo(1);
    }

    @Test
    void aFailureThatCanPassOnItsOwnStaysRetryable() {
        String shop = newShop();
        seed(shop, 2);
        platform.beforePage(fetch -> {
            throw new PlatformException("JD/" + shop, "fake.search",
                    new PlatformError(PlatformErrorKind.UNAVAILABLE, "503", "platform down"));
        });

        assertThatThrownBy(() -> run(Shard.SOLE, shop))
                .isInstanceOfSatisfying(JobFailure.class, failure -> assertThat(failure.retryable()).isTrue());
    }

    @Test
    void taobaoPaidButForbiddenToShipIsMappedAsPaidOnHold() {
        assertThat(statusMappings.current().orderStatus(Channel.TAOBAO, "PAID_FORBID_CONSIGN"))
                .contains(new StatusMapping.Mapped(OrderStatus.PAID, true));
    }

    @Test
    void theCursorIsAWindowEndWithoutAnOrderIdTieBreak() {
        assertThat(jdbc.queryForList("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'sync_cursor'", String.class))
                .containsExactlyInAnyOrder("channel", "shop_id", "cursor_modified_at", "updated_at");
    }

}
