package io.orderhub.common.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The alert lifecycle end to end — post, route, group, de-duplicate, repeat, resolve, silence, inhibit, rate
 * limit, fail over, two dispatchers — on each database we support, with time moved by hand.
 */
abstract class AlertLifecycleContract {

    AlertHarness harness;
    WebhookInbox ops;
    WebhookInbox backup;

    abstract AlertHarness harness();

    @BeforeEach
    void start() throws Exception {
        harness = harness();
        ops = new WebhookInbox();
        backup = new WebhookInbox();
    }

    @AfterEach
    void stop() throws Exception {
        ops.close();
        backup.close();
        harness.close();
    }

    Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("default-receiver", "ops");
        config.put("group-by", "alertname,channel");
        config.put("group-wait", "30s");
        config.put("group-interval", "5m");
        config.put("repeat-interval", "4h");
        config.put("receivers.ops.type", "webhook");
        config.put("receivers.ops.url", ops.url("/hook"));
        return config;
    }

    AlertDispatcher dispatcher() {
        return harness.dispatcher(AlertHarness.properties(config()));
    }

    Alert lag(String channel, String shop) {
        return Alert.firing("SyncLag", Severity.WARNING, Map.of("channel", channel, "shop", shop),
                channel + " shop " + shop + " is behind", "", List.of(), harness.clock.instant());
    }

    void advance(Duration by) {
        harness.clock.advance(by);
    }

    static Set<String> fingerprints(JsonNode message) {
        Set<String> fingerprints = new LinkedHashSet<>();
        message.get("alerts").forEach(a -> fingerprints.add(a.get("fingerprint").asString()));
        return fingerprints;
    }

    @Test
    void threeAlertsOfAGroupGoOutAsOneMessageAfterGroupWait() {
        AlertDispatcher dispatcher = dispatcher();
        Alert a = lag("TAOBAO", "1001");
        Alert b = lag("TAOBAO", "1002");
        Alert c = lag("TAOBAO", "1003");
        harness.sink.post(a);
        harness.sink.post(b);
        harness.sink.post(c);

        DispatchResult waiting = dispatcher.dispatch();
        advance(Duration.ofSeconds(30));
        DispatchResult sent = dispatcher.dispatch();

        assertThat(waiting.sent()).isZero();
        assertThat(sent.sent()).isEqualTo(1);
        assertThat(ops.count()).isEqualTo(1);
        JsonNode message = ops.messages().get(0);
        assertThat(fingerprints(message)).containsExactlyInAnyOrder(a.fingerprint(), b.fingerprint(), c.fingerprint());
        assertThat(message.get("status").asString()).isEqualTo("firing");
        assertThat(message.get("groupLabels").toString()).isEqualTo("{\"alertname\":\"SyncLag\",\"channel\":\"TAOBAO\"}");
    }

    @Test
    void eachAlertOfAMessageLinksItsRunbookAtTheConfiguredAddress() {
        Map<String, String> config = config();
        config.put("runbook-url", "https://git.example.com/oms/blob/v1/docs/operations.md");
        AlertDispatcher dispatcher = harness.dispatcher(AlertHarness.properties(config));
        harness.sink.post(lag("TAOBAO", "1001"));

        advance(Duration.ofSeconds(30));
        dispatcher.dispatch();

        JsonNode link = ops.messages().get(0).get("alerts").get(0).get("links").get(0);
        assertThat(link.get("title").asString()).isEqualTo("Runbook");
        assertThat(link.get("url").asString()).isEqualTo("https://git.example.com/oms/blob/v1/docs/operations.md#synclag");
        assertThat(harness.store.alerts(harness.clock.instant()).get(0).alert().links())
                .as("the link is added to the message, not stored").isEmpty();
    }

    @Test
    void unchangedGroupIsNotSentAgainBeforeRepeatInterval() {
        AlertDispatcher dispatcher = dispatcher();
        harness.sink.post(lag("TAOBAO", "1001"));
        advance(Duration.ofSeconds(30));
        dispatcher.dispatch();

        harness.sink.post(lag("TAOBAO", "1001")); // the watcher reports the same condition again
        advance(Duration.ofMinutes(10));
        DispatchResult second = dispatcher.dispatch();

        assertThat(ops.count()).isEqualTo(1);
        assertThat(second.deduplicated()).isEqualTo(1);
        assertThat(second.sent()).isZero();
    }

    @Test
    void unchangedFiringGroupIsRepeatedAfterRepeatInterval() {
        AlertDispatcher dispatcher = dispatcher();
        harness.sink.post(lag("TAOBAO", "1001"));
        advance(Duration.ofSeconds(30));
        dispatcher.dispatch();

        advance(Duration.ofHours(4).minusSeconds(1));
        dispatcher.dispatch();
        int beforeRepeat = ops.count();
        advance(Duration.ofSeconds(1));
        dispatcher.dispatch();

        assertThat(beforeRepeat).isEqualTo(1);
        assertThat(ops.count()).isEqualTo(2);
        assertThat(ops.messages().get(1)).isEqualTo(ops.messages().get(0));
    }

    @Test
    void newAlertInANotifiedGroupGoesOutAfterGroupInterval() {
        AlertDispatcher dispatcher = dispatcher();
        Alert first = lag("TAOBAO", "1001");
        harness.sink.post(first);
        advance(Duration.ofSeconds(30));
        dispatcher.dispatch();

        Alert second = lag("TAOBAO", "1002");
        harness.sink.post(second);
        advance(Duration.ofMinutes(1));
        dispatcher.dispatch();
        int beforeInterval = ops.count();
        advance(Duration.ofMinutes(4));
        dispatcher.dispatch();

        assertThat(beforeInterval).isEqualTo(1);
        assertThat(ops.count()).isEqualTo(2);
        assertThat(fingerprints(ops.messages().get(1))).containsExactlyInAnyOrder(first.fingerprint(), second.fingerprint());
    }

    @Test
    void resolvedAlertIsAnnouncedOnceThenTheGroupEnds() {
        AlertDispatcher dispatcher = dispatcher();
        Alert alert = lag("JD", "7");
        harness.sink.post(alert);
        advance(Duration.ofSeconds(30));
        dispatcher.dispatch();

        advance(Duration.ofMinutes(2));
        harness.sink.post(alert.resolvedAt(harness.clock.instant()));
        advance(Duration.ofMinutes(3));
        dispatcher.dispatch();
        advance(Duration.ofHours(5));
        dispatcher.dispatch();

        assertThat(ops.count()).isEqualTo(2);
        JsonNode notice = ops.messages().get(1);
        assertThat(notice.get("status").asString()).isEqualTo("resolved");
        assertThat(notice.get("alerts").get(0).get("status").asString()).isEqualTo("resolved");
        assertThat(notice.get("alerts").get(0).get("endsAt").asString()).isEqualTo("2026-11-11T02:02:30Z");
        assertThat(harness.jdbc.queryForObject("SELECT COUNT(*) FROM alert_group", Integer.class)).isZero();
    }

    @Test
    void refiringAResolvedAlertStartsANewEpisodeAndIsNotifiedAgain() {
        AlertDispatcher dispatcher = dispatcher();
        Alert alert = lag("JD", "7");
        harness.sink.post(alert);
        advance(Duration.ofSeconds(30));
        dispatcher.dispatch();
        harness.sink.post(alert.resolvedAt(harness.clock.instant()));
        harness.sink.post(alert); // a late copy of the ended episode changes nothing

        advance(Duration.ofMinutes(1));
        harness.sink.post(lag("JD", "7"));
        advance(Duration.ofMinutes(5));
        dispatcher.dispatch();

        AlertStore.StoredAlert stored = harness.store.alert(alert.fingerprint());
        assertThat(stored.episode()).isEqualTo(2);
        assertThat(stored.alert().isResolved()).isFalse();
        assertThat(stored.alert().startsAt()).isEqualTo(AlertHarness.T0.plusSeconds(90));
        assertThat(ops.count()).isEqualTo(2);
        assertThat(ops.messages().get(1).get("status").asString()).isEqualTo("firing");
    }

    @Test
    void silencedAlertIsNotSentUntilTheSilenceExpires() {
        AlertDispatcher dispatcher = dispatcher();
        long silence = harness.silences.add(List.of("alertname=SyncLag", "shop=~\"10(01|09)\""),
                harness.clock.instant(), harness.clock.instant().plus(Duration.ofHours(2)), "ops-oncall", "shop migration");
        Alert silenced = lag("TAOBAO", "1001");
        Alert loud = lag("TAOBAO", "1002");
        harness.sink.post(silenced);
        harness.sink.post(loud);
        advance(Duration.ofSeconds(30));
        DispatchResult during = dispatcher.dispatch();

        assertThat(during.silenced()).isEqualTo(1);
        assertThat(fingerprints(ops.messages().get(0))).containsExactly(loud.fingerprint());

        advance(Duration.ofMinutes(1));
        assertThat(harness.silences.expire(silence)).isTrue();
        advance(Duration.ofMinutes(5));
        dispatcher.dispatch();

        assertThat(ops.count()).isEqualTo(2);
        assertThat(fingerprints(ops.messages().get(1))).containsExactlyInAnyOrder(silenced.fingerprint(), loud.fingerprint());
        assertThat(harness.silences.active(harness.clock.instant())).isEmpty();
    }

    @Test
    void channelDownInhibitsSyncLagOfTheSameChannelOnly() {
        AlertDispatcher dispatcher = dispatcher(); // no inhibit-rules configured: the default rule applies
        Alert down = Alert.firing("ChannelDown", Severity.CRITICAL, Map.of("channel", "JD"), "JD API unreachable", "",
                List.of(), harness.clock.instant());
        Alert jdLag = lag("JD", "7");
        Alert taobaoLag = lag("TAOBAO", "1001");
        harness.sink.post(down);
        harness.sink.post(jdLag);
        harness.sink.post(taobaoLag);
        advance(Duration.ofSeconds(30));

        DispatchResult result = dispatcher.dispatch();

        assertThat(result.inhibited()).isEqualTo(1);
        assertThat(ops.messages()).extracting(AlertLifecycleContract::fingerprints)
                .containsExactlyInAnyOrder(Set.of(down.fingerprint()), Set.of(taobaoLag.fingerprint()));

        harness.sink.post(down.resolvedAt(harness.clock.instant()));
        advance(Duration.ofSeconds(30));
        dispatcher.dispatch();

        assertThat(ops.bodies()).anySatisfy(body -> assertThat(body).contains(jdLag.fingerprint()));
    }

    @Test
    void overTheDingTalkRateLimitGroupsAreMergedAndNoneIsLost() {
        harness.environment.setProperty("DING_URL", ops.url("/robot/send?access_token=t0ken"));
        harness.environment.setProperty("DING_SECRET", "SECding");
        Map<String, String> config = config();
        config.put("default-receiver", "ding");
        config.put("group-by", "alertname,shop");
        config.put("group-wait", "0s");
        config.put("receivers.ding.type", "dingtalk");
        config.put("receivers.ding.url", "env:DING_URL");
        config.put("receivers.ding.secret", "env:DING_SECRET");
        AlertDispatcher dispatcher = harness.dispatcher(AlertHarness.properties(config));
        List<Alert> alerts = new ArrayList<>();
        List<Instant> sentAt = new ArrayList<>();
        for (int i = 1; i <= 25; i++) { // one new alert (a group of its own) every 2 s, dispatched each time
            Alert alert = lag("TAOBAO", "shop-" + i);
            alerts.add(alert);
            harness.sink.post(alert);
            int before = ops.count();
            dispatcher.dispatch();
            for (int k = before; k < ops.count(); k++) {
                sentAt.add(harness.clock.instant());
            }
            advance(Duration.ofSeconds(2));
        }
        harness.clock.set(AlertHarness.T0.plusSeconds(61));
        int before = ops.count();
        DispatchResult later = dispatcher.dispatch();
        for (int k = before; k < ops.count(); k++) {
            sentAt.add(harness.clock.instant());
        }

        for (Instant start : sentAt) { // no 60-second window holds more than 20 messages
            assertThat(sentAt.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(60))).count())
                    .isLessThanOrEqualTo(20);
        }
        assertThat(later.merged()).isPositive();
        String all = String.join("\n", ops.bodies());
        for (Alert alert : alerts) {
            assertThat(all).contains(alert.fingerprint().substring(0, 12));
        }
        assertThat(ops.requests()).allSatisfy(r -> assertThat(r.getUrl().queryParameter("sign")).isNotBlank());
        assertThat(ops.count()).isLessThan(25);
    }

    @Test
    void alertsOverTheWeComSizeLimitAllGoOutInFurtherMessagesWithinTheRateLimit() {
        harness.environment.setProperty("WECOM_URL", ops.url("/cgi-bin/webhook/send?key=k3y"));
        Map<String, String> config = config();
        config.put("default-receiver", "wecom");
        config.put("group-by", "alertname");
        config.put("group-wait", "0s");
        config.put("receivers.wecom.type", "wecom");
        config.put("receivers.wecom.url", "env:WECOM_URL");
        config.put("receivers.wecom.rate-per-minute", "3");
        AlertDispatcher dispatcher = harness.dispatcher(AlertHarness.properties(config));
        List<Alert> alerts = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            Alert alert = Alert.firing("SyncLag", Severity.WARNING, Map.of("channel", "TAOBAO", "shop", "shop-" + i),
                    "TAOBAO shop-" + i + " is behind", "cursor stuck at page ".repeat(15), List.of(),
                    harness.clock.instant());
            alerts.add(alert);
            harness.sink.post(alert);
        }

        dispatcher.dispatch();
        assertThat(ops.count()).isEqualTo(3); // the rate window is full: the rest waits, it is not dropped
        advance(Duration.ofSeconds(61));
        dispatcher.dispatch();
        int afterAll = ops.count();
        advance(Duration.ofSeconds(61));
        dispatcher.dispatch();

        assertThat(afterAll).isEqualTo(5); // 3 + 2: each entry also carries its runbook link
        assertThat(ops.count()).isEqualTo(afterAll); // everything was announced once: nothing is repeated early
        List<String> contents = ops.messages().stream().map(m -> m.get("markdown").get("content").asString()).toList();
        assertThat(contents).allSatisfy(content -> {
            assertThat(content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
            assertThat(content).doesNotContain("more alerts");
        });
        String all = String.join("\n", contents);
        for (Alert alert : alerts) {
            assertThat(all).contains("fp " + alert.fingerprint().substring(0, 12));
        }
    }

    @Test
    void failingReceiverIsRetriedWithBackoffThenItsGroupGoesToTheFallback() {
        ops.failWith(500, "{\"error\":\"down for maintenance\"}");
        Map<String, String> config = config();
        config.put("receivers.ops.fallback", "backup");
        config.put("receivers.backup.type", "webhook");
        config.put("receivers.backup.url", backup.url("/hook"));
        config.put("max-attempts", "3");
        config.put("retry-backoff", "30s");
        AlertDispatcher dispatcher = harness.dispatcher(AlertHarness.properties(config));
        Alert alert = lag("PDD", "42");
        harness.sink.post(alert);

        advance(Duration.ofSeconds(30));
        DispatchResult first = dispatcher.dispatch();   // failure 1, next try in 30 s
        advance(Duration.ofSeconds(10));
        dispatcher.dispatch();                          // backing off: no request
        int duringBackoff = ops.count();
        advance(Duration.ofSeconds(20));
        dispatcher.dispatch();                          // failure 2, next try in 60 s
        advance(Duration.ofSeconds(60));
        dispatcher.dispatch();                          // failure 3: the group goes to the fallback
        advance(Duration.ofSeconds(1));
        dispatcher.dispatch();

        assertThat(first.failed()).isEqualTo(1);
        assertThat(duringBackoff).isEqualTo(1);
        assertThat(ops.count()).isEqualTo(3);
        List<JsonNode> received = backup.messages();
        assertThat(received).anySatisfy(m -> {
            assertThat(fingerprints(m)).containsExactly(alert.fingerprint());
            assertThat(m.get("intendedFor").asString()).isEqualTo("ops");
        });
        assertThat(received).anySatisfy(m -> {
            assertThat(m.get("commonLabels").get("alertname").asString()).isEqualTo("NotifierFailing");
            assertThat(m.get("commonLabels").get("receiver").asString()).isEqualTo("ops");
        });
        Map<String, Object> health = harness.jdbc.queryForMap(
                "SELECT consecutive_failures, total_failures, last_error FROM alert_receiver WHERE name = 'ops'");
        assertThat(health.get("consecutive_failures")).isEqualTo(3);
        assertThat((String) health.get("last_error")).contains("HTTP 500").contains("down for maintenance");
        assertThat(harness.jdbc.queryForObject(
                "SELECT COUNT(*) FROM alert_notification_log WHERE receiver = 'ops' AND outcome = 'FAILED'", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void receiverWorkingAgainResolvesNotifierFailing() {
        ops.failWith(503, "busy");
        Map<String, String> config = config();
        config.put("receivers.ops.fallback", "backup");
        config.put("receivers.backup.type", "webhook");
        config.put("receivers.backup.url", backup.url("/hook"));
        config.put("max-attempts", "1");
        AlertDispatcher dispatcher = harness.dispatcher(AlertHarness.properties(config));
        harness.sink.post(lag("JD", "1"));
        advance(Duration.ofSeconds(30));
        dispatcher.dispatch(); // fails once: NotifierFailing{receiver=ops} fires

        ops.failWith(200, "{}");
        harness.sink.post(lag("TAOBAO", "2")); // a new group: tried on ops first
        advance(Duration.ofMinutes(6));
        dispatcher.dispatch();

        Alert failing = Alert.firing("NotifierFailing", Severity.WARNING, Map.of("receiver", "ops"), "", "", List.of(),
                harness.clock.instant());
        assertThat(harness.store.alert(failing.fingerprint()).alert().isResolved()).isTrue();
    }

    @Test
    void twoDispatchersDispatchingAtOnceSendEachGroupOnce() throws Exception {
        Map<String, String> config = config();
        config.put("group-by", "alertname,shop");
        config.put("group-wait", "0s");
        AlertProperties properties = AlertHarness.properties(config);
        AlertDispatcher one = harness.dispatcher(properties);
        AlertDispatcher two = harness.dispatcher(properties);
        for (int i = 1; i <= 10; i++) {
            harness.sink.post(lag("TAOBAO", "shop-" + i));
        }
        ops.slowDown(20);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<DispatchResult> a = pool.submit(() -> {
                    together.await();
                    return one.dispatch();
                });
                Future<DispatchResult> b = pool.submit(() -> {
                    together.await();
                    return two.dispatch();
                });
                a.get();
                b.get();
                advance(Duration.ofSeconds(1));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ops.count()).isEqualTo(10);
        List<Set<String>> sent = ops.messages().stream().map(AlertLifecycleContract::fingerprints).toList();
        assertThat(sent).doesNotHaveDuplicates();
    }
}
