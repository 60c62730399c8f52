package io.orderhub.monitor.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.Shard;
import io.orderhub.common.order.Channel;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.monitor.JobMonitorApplication;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** syncLagWatch on MariaDB, rows inserted directly. */
@SpringBootTest(classes = JobMonitorApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class SyncLagWatchIT {

    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 25, 12, 0);

    @Autowired
    JdbcTemplate jdbc;

    final MutableClock clock = new MutableClock(NOON.atZone(GMT8).toInstant(), GMT8);
    final RecordingAlertSink sink = new RecordingAlertSink();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    SyncLagWatch watch;

    @BeforeEach
    void setUp() {
        for (String table : List.of("channel_shop", "sync_cursor", "unified_order", "sync_run", "watch_alert")) {
            jdbc.update("DELETE FROM " + table);
        }
        WatchProperties properties = new WatchProperties(
                new WatchProperties.Lag(Duration.ofMinutes(30), Duration.ofHours(6), 3, Duration.ofDays(1),
                        Map.of(Channel.PDD, new WatchProperties.Limits(Duration.ofHours(3), null))),
                defaultFailures());
        watch = new SyncLagWatch(jdbc, new FiringAlerts(jdbc, sink, clock), properties, clock);
    }

    static WatchProperties.Failures defaultFailures() {
        return new WatchProperties.Failures(Duration.ofHours(1), 5, 0.2, 0.9, 100, Duration.ofMinutes(15), 1, 1, 5,
                0.05, 3, 0.5, WatchProperties.Failures.SIGNATURE_RUNBOOK);
    }

    String run(String... channels) {
        return watch.run(new WatchRequest(List.of(channels)), new JobContext(Shard.SOLE,
                (pattern, args) -> log.add(MessageFormatter.arrayFormat(pattern, args).getMessage())));
    }

    void shop(String channel, String shopId) {
        jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, access_token_ref, "
                + "created_at, updated_at) VALUES (?, ?, ?, 'app', 'env:X', 'env:Y', ?, ?)", channel, shopId, shopId,
                NOON.minusDays(30), NOON.minusDays(30));
    }

    void cursor(String channel, String shopId, LocalDateTime at) {
        jdbc.update("DELETE FROM sync_cursor WHERE channel = ? AND shop_id = ?", channel, shopId);
        jdbc.update("INSERT INTO sync_cursor (channel, shop_id, cursor_modified_at, updated_at) VALUES (?, ?, ?, ?)",
                channel, shopId, at, at);
    }

    void order(String channel, String shopId, String id, LocalDateTime modified) {
        jdbc.update("INSERT INTO unified_order (order_no, channel, shop_id, platform_order_id, status, platform_status, "
                + "refund_state, goods_amount, discount_amount, freight_amount, tax_amount, paid_amount, created_at, "
                + "platform_modified_at, synced_at) VALUES (?, ?, ?, ?, 'PAID', 'x', 'NONE', 1, 0, 0, 0, 1, ?, ?, ?)",
                channel + id, channel, shopId, id, modified, modified, modified);
    }

    void runs(String channel, String shopId, String outcome, String reason, int count) {
        for (int i = 0; i < count; i++) {
            LocalDateTime started = NOON.minusMinutes(30 - i);
            jdbc.update("INSERT INTO sync_run (run_id, channel, shop_id, mode, started_at, finished_at, outcome, "
                    + "failure_reason) VALUES (?, ?, ?, 'INCREMENTAL', ?, ?, ?, ?)", "r" + i, channel, shopId, started,
                    started.plusSeconds(5), outcome, reason);
        }
    }

    @Test
    void lagFiresWithTheAgesAndResolvesWhenTheCursorCatchesUp() {
        shop("TAOBAO", "1001");
        shop("TAOBAO", "1002");
        cursor("TAOBAO", "1001", NOON.minusMinutes(5));
        cursor("TAOBAO", "1002", NOON.minusMinutes(47));
        order("TAOBAO", "1001", "o1", NOON.minusMinutes(20));
        order("TAOBAO", "1002", "o2", NOON.minusHours(3));

        String summary = run();

        assertThat(sink.firing("SyncLag")).singleElement().satisfies(alert -> {
            assertThat(alert.labels()).isEqualTo(new java.util.TreeMap<>(Map.of("channel", "TAOBAO", "shop", "1002")));
            assertThat(alert.severity()).isEqualTo(Severity.WARNING);
            assertThat(alert.summary()).isEqualTo(
                    "taobao shop 1002: synced up to 47m ago (limit 30m); newest order change 3h ago");
        });
        assertThat(summary).startsWith("shops=2 lagging=1 channelsDown=0");
        assertThat(log).contains("TAOBAO/1001 synced up to 5m ago, newest order change 20m ago: ok",
                "TAOBAO/1002 synced up to 47m ago, newest order change 3h ago: LAGGING");

        run();
        assertThat(sink.firing("SyncLag")).hasSize(2); // posted again while it holds, same start
        assertThat(sink.firing("SyncLag").get(1).startsAt()).isEqualTo(sink.firing("SyncLag").get(0).startsAt());
        assertThat(sink.resolved("SyncLag")).isEmpty();

        cursor("TAOBAO", "1002", NOON.minusMinutes(2));
        run();

        assertThat(sink.resolved("SyncLag")).singleElement().satisfies(resolved -> {
            assertThat(resolved.labels()).containsEntry("shop", "1002");
            assertThat(resolved.endsAt()).isEqualTo(clock.instant());
        });
        run();
        assertThat(sink.resolved("SyncLag")).hasSize(1);
    }

    @Test
    void quietShopAndNeverSyncedShopLagToo() {
        shop("JD", "q");
        shop("JD", "new");
        cursor("JD", "q", NOON.minusMinutes(3));
        order("JD", "q", "o1", NOON.minusHours(8));

        run();

        assertThat(sink.firing("SyncLag")).extracting(Alert::summary).containsExactlyInAnyOrder(
                "jd shop q: synced up to 3m ago; newest order change 8h ago (limit 6h)",
                "jd shop new: never synced (added 30d ago) (limit 30m); no orders yet");
    }

    @Test
    void perChannelOverrideRaisesTheLimit() {
        shop("PDD", "p1");
        cursor("PDD", "p1", NOON.minusHours(2));

        run();

        assertThat(sink.named("SyncLag")).isEmpty();
    }

    @Test
    void channelWhoseEveryShopFailsItsLastRunsIsDownUntilOneRecovers() {
        shop("JD", "a");
        shop("JD", "b");
        cursor("JD", "a", NOON.minusMinutes(1));
        cursor("JD", "b", NOON.minusMinutes(1));
        runs("JD", "a", "SUCCEEDED", null, 2);
        jdbc.update("UPDATE sync_run SET started_at = ? WHERE shop_id = 'a'", NOON.minusHours(2));
        runs("JD", "a", "FAILED", "AUTH_EXPIRED", 3);
        runs("JD", "b", "FAILED", "AUTH_EXPIRED", 2);
        runs("JD", "b", "FAILED", "PLATFORM_ERROR", 1);

        run();

        assertThat(sink.firing("ChannelDown")).singleElement().satisfies(alert -> {
            assertThat(alert.labels()).containsExactly(Map.entry("channel", "JD"));
            assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(alert.summary()).isEqualTo("jd: all 2 shop(s) failed their last 3 sync runs, mostly AUTH_EXPIRED (5)");
        });

        clock.advance(Duration.ofMinutes(1));
        jdbc.update("INSERT INTO sync_run (run_id, channel, shop_id, mode, started_at, outcome) VALUES "
                + "('ok', 'JD', 'b', 'INCREMENTAL', ?, 'SUCCEEDED')", NOON.plusMinutes(1));
        run();

        assertThat(sink.resolved("ChannelDown")).hasSize(1);
    }

    @Test
    void runNarrowedToOneChannelLeavesOtherChannelsAlertsAlone() {
        shop("TAOBAO", "t");
        shop("JD", "j");
        cursor("TAOBAO", "t", NOON.minusHours(2));
        cursor("JD", "j", NOON.minusMinutes(1));
        run();
        assertThat(sink.firing("SyncLag")).hasSize(1);

        cursor("TAOBAO", "t", NOON.minusMinutes(1));
        run("JD");
        assertThat(sink.resolved("SyncLag")).isEmpty();

        run("TAOBAO");
        assertThat(sink.resolved("SyncLag")).hasSize(1);
    }
}
