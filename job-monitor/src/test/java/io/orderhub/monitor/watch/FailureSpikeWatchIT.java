package io.orderhub.monitor.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.Shard;
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

/** failureSpikeWatch on MariaDB, rows inserted directly. */
@SpringBootTest(classes = JobMonitorApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class FailureSpikeWatchIT {

    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 30);

    @Autowired
    JdbcTemplate jdbc;

    final MutableClock clock = new MutableClock(NOW.atZone(GMT8).toInstant(), GMT8);
    final RecordingAlertSink sink = new RecordingAlertSink();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    FailureSpikeWatch watch;
    int messages;

    @BeforeEach
    void setUp() {
        for (String table : List.of("inbox_message", "raw_payload", "sync_run", "watch_alert")) {
            jdbc.update("DELETE FROM " + table);
        }
        WatchProperties properties = new WatchProperties(new WatchProperties.Lag(Duration.ofMinutes(30),
                Duration.ofHours(6), 3, Duration.ofDays(1), null), SyncLagWatchIT.defaultFailures());
        watch = new FailureSpikeWatch(jdbc, new FiringAlerts(jdbc, sink, clock), properties, clock);
    }

    String run(String... channels) {
        return watch.run(new WatchRequest(List.of(channels)), new JobContext(Shard.SOLE,
                (pattern, args) -> log.add(MessageFormatter.arrayFormat(pattern, args).getMessage())));
    }

    void inbox(String source, String channel, String shop, LocalDateTime at, String state, String reason,
            String signMethod, boolean legacy) {
        messages++;
        jdbc.update("INSERT INTO inbox_message (source, channel, shop_id, message_id, received_at, body, state, reason, "
                        + "sign_method, legacy_accepted, processed_at) VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?)",
                source, channel, shop, "m" + messages, at, state, reason, signMethod, legacy,
                "DEAD".equals(state) || "APPLIED".equals(state) ? at.plusSeconds(1) : null);
    }

    void payment(String source, String channel, String shop, String gateway, LocalDateTime at, String state,
            String reason) {
        messages++;
        jdbc.update("INSERT INTO inbox_message (source, channel, shop_id, gateway, message_id, received_at, body, "
                + "state, reason, sign_method, processed_at) VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?, 'RSA2', ?)", source,
                channel, shop, gateway, "n" + messages, at, state, reason, "APPLIED".equals(state) ? at : null);
    }

    void callbacks(String shop, LocalDateTime from, int count, String state, String reason) {
        for (int i = 0; i < count; i++) {
            inbox("TAOBAO_PUSH", "TAOBAO", shop, from.plusSeconds(30L * i), state, reason, "hmac-sha256", false);
        }
    }

    @Test
    void signatureMismatchBurstSaysAlgorithmChangedAndResolvesOnceItIsOver() {
        callbacks("X", LocalDateTime.of(2026, 11, 25, 9, 50), 5, "APPLIED", null);
        callbacks("X", LocalDateTime.of(2026, 11, 25, 10, 2), 40, "HELD", "SIGNATURE_MISMATCH");

        run();

        assertThat(sink.firing("CallbackVerificationFailing")).singleElement().satisfies(alert -> {
            assertThat(alert.summary()).isEqualTo(
                    "taobao shop X: 100% of TAOBAO_PUSH callbacks fail signature check since 10:02 GMT+8 — algorithm changed?");
            assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(alert.labels()).isEqualTo(new java.util.TreeMap<>(Map.of("channel", "TAOBAO", "shop", "X",
                    "source", "TAOBAO_PUSH")));
            assertThat(alert.details()).contains("SIGNATURE_MISMATCH=40").contains("hmac-sha256=40");
        });
        assertThat(log).anyMatch(line -> line.startsWith("TAOBAO/X TAOBAO_PUSH held=40/40 since 10:02 GMT+8"));

        // The platform's new algorithm is configured: verified callbacks flow again and the held ones are replayed.
        jdbc.update("UPDATE inbox_message SET state = 'APPLIED', reason = NULL WHERE state = 'HELD'");
        callbacks("X", NOW.minusMinutes(1), 3, "APPLIED", null);
        run();

        assertThat(sink.resolved("CallbackVerificationFailing")).singleElement()
                .satisfies(resolved -> assertThat(resolved.labels()).containsEntry("shop", "X"));
    }

    @Test
    void pushFailuresAreRatedAgainstTheShopsPushesNotItsPaymentNoticesAndSayWhatToDo() {
        callbacks("P", LocalDateTime.of(2026, 11, 25, 10, 2), 40, "HELD", "SIGNATURE_MISMATCH");
        for (int i = 0; i < 60; i++) {
            payment("ALIPAY", "TAOBAO", "P", "ali-main", LocalDateTime.of(2026, 11, 25, 10, 3).plusSeconds(20L * i),
                    "APPLIED", null);
        }

        run();

        assertThat(sink.firing("CallbackVerificationFailing")).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(alert.summary()).endsWith("algorithm changed?");
            assertThat(alert.details()).contains("set channel_shop.callback_sign_method of TAOBAO/P")
                    .contains("run inboxReplay with the parameter {\"sources\":[\"TAOBAO_PUSH\"],\"channels\":"
                            + "[\"TAOBAO\"],\"shops\":[\"P\"],\"reasons\":[\"SIGNATURE_MISMATCH\"],"
                            + "\"from\":\"2026-11-25T10:02:00\"}");
            assertThat(alert.links()).extracting(Alert.Link::url)
                    .containsExactly(WatchProperties.Failures.SIGNATURE_RUNBOOK);
        });

        // Mid-replay the alert is still firing; the resolved notice reports how it ended, not that last post.
        jdbc.update("UPDATE inbox_message SET state = 'APPLIED', reason = NULL WHERE state = 'HELD' AND shop_id = 'P' "
                + "AND id IN (SELECT id FROM (SELECT id FROM inbox_message WHERE state = 'HELD' AND shop_id = 'P' "
                + "ORDER BY id LIMIT 20) half)");
        clock.advance(Duration.ofMinutes(1));
        run();
        jdbc.update("UPDATE inbox_message SET state = 'APPLIED', reason = NULL WHERE state = 'HELD'");
        clock.advance(Duration.ofMinutes(1));
        run();

        assertThat(sink.resolved("CallbackVerificationFailing")).singleElement().satisfies(resolved -> assertThat(
                resolved.summary()).isEqualTo("taobao shop P: TAOBAO_PUSH callbacks verify again; since 09:30 GMT+8 "
                        + "40 received: 40 applied, 0 held, 0 waiting, 0 dead, 0 duplicate"));
    }

    @Test
    void callbacksToManyInventedShopsAreOneAlertWithTheCountAndTopIds() {
        for (int shop = 0; shop < 10; shop++) {
            for (int i = 0; i <= shop % 3; i++) {
                inbox("TAOBAO_PUSH", "TAOBAO", "fake-" + shop, NOW.minusMinutes(30), "HELD", "UNKNOWN_SHOP", "md5",
                        false);
            }
        }
        payment("ALIPAY", null, null, "no-such-gateway", NOW.minusMinutes(30), "HELD", "UNKNOWN_GATEWAY");

        run();

        assertThat(sink.named("InboxBacklog")).isEmpty();
        assertThat(sink.named("CallbackVerificationFailing")).isEmpty();
        assertThat(sink.firing("CallbacksToUnknownShops")).singleElement().extracting(Alert::summary).isEqualTo(
                "20 callback(s) in the last 1h addressed to 11 shop(s)/gateway(s) we do not have, most to "
                        + "TAOBAO/fake-2 (3), TAOBAO/fake-5 (3), TAOBAO/fake-8 (3), TAOBAO/fake-1 (2), TAOBAO/fake-4 (2)");
    }

    @Test
    void paymentNoticesParkedUntilTheirOrderArrivesAreNoBacklog() {
        for (int i = 0; i < 120; i++) {
            payment("ALIPAY", "TAOBAO", "1001", "ali-main", NOW.minusHours(2), "VERIFIED", "AWAITING_ORDER");
        }

        run();

        assertThat(sink.named("InboxBacklog")).isEmpty();
    }

    @Test
    void mixedVerificationFailuresNameTheDominantReason() {
        callbacks("Y", NOW.minusMinutes(40), 14, "APPLIED", null);
        callbacks("Y", NOW.minusMinutes(50), 4, "HELD", "STALE_TIMESTAMP");
        callbacks("Y", NOW.minusMinutes(20), 2, "HELD", "SIGNATURE_MISMATCH");

        run();

        assertThat(sink.firing("CallbackVerificationFailing")).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(Severity.WARNING);
            assertThat(alert.summary()).isEqualTo(
                    "taobao shop Y: 30% of TAOBAO_PUSH callbacks fail verification since 09:40 GMT+8 (6 of 20), mostly "
                            + "STALE_TIMESTAMP (4)");
        });
    }

    @Test
    void aFewForgedCallbacksAreNoise() {
        callbacks("Z", NOW.minusMinutes(10), 3, "HELD", "SIGNATURE_MISMATCH");
        run();

        assertThat(sink.named("CallbackVerificationFailing")).isEmpty();
    }

    @Test
    void backlogByCountAndByAgeFiresAndResolvesWhenDrained() {
        for (int i = 0; i < 100; i++) {
            inbox("GATEWAY", "JD", "2001", NOW.minusMinutes(2), "VERIFIED", null, null, false);
        }
        inbox("ALIPAY", null, null, NOW.minusMinutes(40), "VERIFIED", null, "RSA2", false);

        run();

        assertThat(sink.firing("InboxBacklog")).extracting(Alert::summary).containsExactlyInAnyOrder(
                "jd shop 2001: 100 callback(s) waiting (0 held, 100 verified), oldest 2m old",
                "alipay shop -: 1 callback(s) waiting (0 held, 1 verified), oldest 40m old");

        jdbc.update("UPDATE inbox_message SET state = 'APPLIED', processed_at = ? WHERE channel = 'JD'", NOW);
        run();

        assertThat(sink.resolved("InboxBacklog")).singleElement()
                .satisfies(resolved -> assertThat(resolved.labels()).containsEntry("channel", "JD"));
    }

    @Test
    void deadLettersAndLegacySignaturesAreReported() {
        inbox("TAOBAO_PUSH", "TAOBAO", "1001", NOW.minusMinutes(5), "DEAD", "APPLY_FAILED", "md5", false);
        inbox("TAOBAO_PUSH", "TAOBAO", "1001", NOW.minusMinutes(4), "DEAD", "APPLY_FAILED", "md5", false);
        inbox("TAOBAO_PUSH", "TAOBAO", "1001", NOW.minusMinutes(3), "DEAD", "ORDER_UNKNOWN", "md5", false);
        inbox("TAOBAO_PUSH", "TAOBAO", "1002", NOW.minusMinutes(3), "APPLIED", null, "md5", true);

        run();

        assertThat(sink.firing("InboxDeadLetters")).singleElement().extracting(Alert::summary)
                .isEqualTo("taobao shop 1001: 3 callback(s) gave up (DEAD) in the last 1h, mostly APPLY_FAILED (2)");
        assertThat(sink.firing("LegacySignatureAccepted")).singleElement().extracting(Alert::summary)
                .isEqualTo("taobao shop 1002: 1 callback(s) in the last 1h verified only under the legacy signature "
                        + "(md5) — the platform still signs the old way");

        clock.advance(Duration.ofHours(2));
        run();

        assertThat(sink.resolved("InboxDeadLetters")).hasSize(1);
        assertThat(sink.resolved("LegacySignatureAccepted")).hasSize(1);
    }

    @Test
    void quarantineSpikeAndFailedRunsNameTheirDominantReason() {
        for (int i = 0; i < 8; i++) {
            jdbc.update("INSERT INTO raw_payload (channel, shop_id, kind, platform_order_id, received_at, content_hash, "
                            + "body_gzip, state, reason, updated_at) VALUES ('JD', 's', 'ORDER', ?, ?, ?, ?, "
                            + "'QUARANTINED', ?, ?)", "o" + i, NOW.minusMinutes(10), String.format("%064d", i),
                    new byte[] {1}, i < 6 ? "UNKNOWN_STATUS" : "INVALID_FIELD", NOW.minusMinutes(10));
        }
        String[] outcomes = {"SUCCEEDED", "FAILED", "FAILED", "FAILED"};
        for (int i = 0; i < outcomes.length; i++) {
            jdbc.update("INSERT INTO sync_run (run_id, channel, shop_id, mode, started_at, outcome, orders_new, "
                    + "orders_updated, failure_reason) VALUES (?, 'JD', 's', 'INCREMENTAL', ?, ?, ?, 2, ?)", "r" + i,
                    NOW.minusMinutes(40 - i), outcomes[i], i == 0 ? 30 : 0, i == 0 ? null : "RATE_LIMITED");
        }

        String summary = run();

        assertThat(sink.firing("QuarantineSpike")).singleElement().extracting(Alert::summary)
                .isEqualTo("jd shop s: 17% of orders quarantined in the last 1h (8 of 46), mostly UNKNOWN_STATUS (6)");
        assertThat(sink.firing("SyncRunFailures")).singleElement().extracting(Alert::summary)
                .isEqualTo("jd shop s: 3 of 4 sync runs failed in the last 1h, mostly RATE_LIMITED (3)");
        assertThat(summary).isEqualTo("shops=1 window=1h alerts firing=2 (new 2) resolved=0");
    }

    @Test
    void runNarrowedToAChannelOnlyLooksThere() {
        callbacks("X", NOW.minusMinutes(10), 10, "HELD", "SIGNATURE_MISMATCH");

        run("JD");

        assertThat(sink.all()).isEmpty();
    }
}
