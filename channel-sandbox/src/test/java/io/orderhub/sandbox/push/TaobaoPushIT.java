package io.orderhub.sandbox.push;

import static io.orderhub.sandbox.push.PushChecks.assertTopSignature;
import static io.orderhub.sandbox.push.PushChecks.awaitIdle;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.MutableClock;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.SignedCalls;
import io.orderhub.sandbox.generator.OrderTimeline;
import io.orderhub.sandbox.generator.SimOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaobaoPushIT {
    private static final Instant NOW = Instant.parse("2024-01-15T02:00:00Z");
    private static final PushSettings FAST = PushSettings.defaults().withRate(0, 4).withTimeFactor(0.0001);

    private CallbackReceiver receiver;
    private ChannelSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private ChannelSandbox sandbox(ChannelSandbox.Builder builder) {
        sandbox = builder.seed(11).shopsPerChannel(1).ordersPerShop(300).span(Duration.ofDays(3)).now(NOW)
                .unlimitedRateLimits().callbackBaseUrl(receiver.baseUrl()).build().start();
        return sandbox;
    }

    private List<CallbackReceiver.Received> taobaoMessages() {
        return receiver.received().stream().filter(r -> r.path().startsWith("/callbacks/taobao/")).toList();
    }

    @Test
    void everyLifecycleEventIsPushedOnceMd5SignedWithTheTradeAsFullinfoShowsIt() throws Exception {
        receiver = new CallbackReceiver(r -> CallbackReceiver.answer(200, "{\"success\":true}"));
        sandbox(ChannelSandbox.builder().push(FAST));
        ShopCredentials shop = sandbox.shops(Channel.TAOBAO).get(0);
        Instant since = NOW.minus(Duration.ofDays(1));
        sandbox.startPush(since);
        awaitIdle(sandbox);

        List<CallbackReceiver.Received> received = taobaoMessages();
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (CallbackReceiver.Received r : received) {
            assertThat(r.path()).isEqualTo("/callbacks/taobao/" + shop.shopId());
            assertThat(r.headers().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded; charset=UTF-8");
            Map<String, String> form = r.form();
            assertThat(form.keySet()).containsExactlyInAnyOrder("app_key", "topic", "message_id", "timestamp",
                    "sign_method", "content", "sign");
            assertThat(form.get("app_key")).isEqualTo(shop.appKey());
            assertThat(form.get("sign_method")).isEqualTo("md5");
            assertThat(form.get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertTopSignature(form, shop.appSecret());
            assertThat(byId.put(form.get("message_id"), form)).as("sent once").isNull();
        }

        // As many messages as lifecycle events in [since, now], read from the sandbox's order model.
        long from = since.getEpochSecond();
        long to = NOW.getEpochSecond();
        long expected = sandbox.orders(Channel.TAOBAO, shop.shopId()).mapToLong(o -> events(o.timeline())
                .filter(at -> at >= from && at <= to).count()).sum();
        assertThat(expected).isGreaterThan(100);
        assertThat(byId).hasSize((int) expected);

        Map<String, String> statusByTopic = Map.of("taobao_trade_TradeCreate", "WAIT_BUYER_PAY",
                "taobao_trade_TradeClose", "TRADE_CLOSED_BY_TAOBAO", "taobao_trade_TradeSuccess", "TRADE_FINISHED");
        for (Map<String, String> form : byId.values()) {
            String status = SignedCalls.JSON.readTree(form.get("content")).at("/trade/status").asString();
            if (statusByTopic.containsKey(form.get("topic"))) {
                assertThat(status).as(form.get("topic")).isEqualTo(statusByTopic.get(form.get("topic")));
            }
        }

        // The message of an order's latest event carries the trade exactly as taobao.trade.fullinfo.get shows now.
        SignedCalls calls = new SignedCalls(sandbox);
        Map<String, SimOrder> orders = sandbox.orders(Channel.TAOBAO, shop.shopId())
                .collect(Collectors.toMap(SimOrder::orderId, o -> o));
        int compared = 0;
        for (Map<String, String> form : byId.values()) {
            JsonNode pushed = SignedCalls.JSON.readTree(form.get("content")).get("trade");
            SimOrder order = orders.get(pushed.get("tid_str").asString());
            String modified = pushed.get("modified").asString();
            if (compared < 25 && modified.equals(io.orderhub.sandbox.generator.SimTime.text(order.modifiedAt()))) {
                JsonNode fullinfo = calls.taobao(shop, "taobao.trade.fullinfo.get",
                        Map.of("fields", "tid", "tid", order.orderId())).json().at("/trade_fullinfo_get_response/trade");
                assertThat(pushed).isEqualTo(fullinfo);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(25);
        Map<String, Object> stats = sandbox.pushStats();
        assertThat(stats.get("acknowledged")).isEqualTo(expected);
        assertThat(stats.get("retried")).isEqualTo(0L);
    }

    @Test
    void signatureSwitchInstantChangesSignMethodToHmacSha256() throws Exception {
        receiver = new CallbackReceiver(r -> CallbackReceiver.answer(200, "{\"success\":true}"));
        MutableClock wall = new MutableClock(Instant.parse("2024-03-01T00:00:00Z"));
        Instant switchAt = wall.instant().plus(Duration.ofMinutes(1));
        sandbox(ChannelSandbox.builder().push(FAST).wallClock(wall).callbackSignatureSwitchAt(switchAt));
        ShopCredentials shop = sandbox.shops(Channel.TAOBAO).get(0);
        sandbox.startPush();
        sandbox.advance(Duration.ofHours(3));
        awaitIdle(sandbox);
        int before = taobaoMessages().size();
        assertThat(before).isPositive();

        wall.advance(Duration.ofMinutes(2));
        sandbox.advance(Duration.ofHours(3));
        awaitIdle(sandbox);

        List<CallbackReceiver.Received> all = taobaoMessages();
        assertThat(all.size()).isGreaterThan(before);
        for (int i = 0; i < all.size(); i++) {
            Map<String, String> form = all.get(i).form();
            assertThat(form.get("sign_method")).isEqualTo(i < before ? "md5" : "hmac-sha256");
            assertTopSignature(form, shop.appSecret());
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> byAlgorithm = (Map<String, Map<String, Long>>) sandbox.pushStats()
                .get("byAlgorithm");
        assertThat(byAlgorithm.get("md5").get("acknowledged")).isEqualTo((long) before);
        assertThat(byAlgorithm.get("hmac-sha256").get("acknowledged")).isEqualTo((long) all.size() - before);
    }

    @Test
    void failedDeliveryIsRetriedWithTheSameMessageIdUntilAcknowledged() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        receiver = new CallbackReceiver(r -> switch (calls.incrementAndGet()) {
            case 1 -> CallbackReceiver.answer(500, "{\"success\":false}");
            case 2 -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
            case 3 -> CallbackReceiver.answer(503, "busy");
            default -> CallbackReceiver.answer(200, "{\"success\":true}");
        });
        sandbox(ChannelSandbox.builder().push(FAST.withRequestTimeoutMillis(300)));
        sandbox.startPush();
        String touched = sandbox.touch(Channel.TAOBAO, null, 1).get(0);
        awaitIdle(sandbox);

        List<CallbackReceiver.Received> received = taobaoMessages();
        assertThat(received).hasSize(4);
        assertThat(received.stream().map(r -> r.form().get("message_id")).distinct()).hasSize(1);
        assertThat(received.stream().map(r -> r.form().get("content")).distinct()).hasSize(1);
        assertThat(received.get(0).form().get("topic")).isEqualTo("taobao_trade_TradeMemoModified");
        OutboundMessage message = sandbox.pushedMessages().get(0);
        assertThat(message.orderId()).isEqualTo(touched);
        assertThat(message.state()).isEqualTo(MessageState.ACKNOWLEDGED);
        assertThat(message.attempts()).isEqualTo(4);
        Map<String, Object> stats = sandbox.pushStats();
        assertThat(stats).containsEntry("sent", 4L).containsEntry("retried", 3L).containsEntry("acknowledged", 1L)
                .containsEntry("failedAttempts", 3L).containsEntry("pending", 0L);
    }

    @Test
    void messageIsAbandonedAfterSevenAttempts() throws Exception {
        receiver = new CallbackReceiver(r -> CallbackReceiver.answer(502, "down"));
        sandbox(ChannelSandbox.builder().push(FAST));
        sandbox.startPush();
        sandbox.touch(Channel.TAOBAO, null, 1);
        awaitIdle(sandbox);
        assertThat(taobaoMessages()).hasSize(7);
        assertThat(sandbox.pushedMessages().get(0).state()).isEqualTo(MessageState.ABANDONED);
        assertThat(sandbox.pushStats()).containsEntry("abandoned", 1L).containsEntry("acknowledged", 0L);
    }

    @Test
    void duplicateFaultResendsAcknowledgedMessagesWithTheirIds() throws Exception {
        receiver = new CallbackReceiver(r -> CallbackReceiver.answer(200, "{\"success\":true}"));
        sandbox(ChannelSandbox.builder().push(FAST.withFaults(0.5, 1.0, 0)));
        sandbox.startPush(NOW.minus(Duration.ofHours(6)));
        awaitIdle(sandbox);
        // Duplicates go out after the acknowledgement, outside "pending": wait until every message has two.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline
                && sandbox.pushedMessages().stream().anyMatch(m -> m.deliveries() < 2)) {
            Thread.sleep(20);
        }
        List<CallbackReceiver.Received> received = taobaoMessages();
        Map<String, Long> copies = received.stream()
                .collect(Collectors.groupingBy(r -> r.form().get("message_id"), Collectors.counting()));
        assertThat(copies.values()).containsOnly(2L);
        assertThat(sandbox.pushedMessages()).allSatisfy(m -> assertThat(m.deliveries()).isEqualTo(2));
        assertThat((Long) sandbox.pushStats().get("reordered")).isPositive();
    }

    @Test
    void controlEndpointsStartStopAndReportTheMessagesSent() throws Exception {
        Set<String> acknowledgedIds = ConcurrentHashMap.newKeySet();
        receiver = new CallbackReceiver(r -> {
            acknowledgedIds.add(r.form().get("message_id"));
            return CallbackReceiver.answer(200, "{\"success\":true}");
        });
        sandbox(ChannelSandbox.builder().push(FAST));
        OkHttpClient http = new OkHttpClient();
        JsonNode started = post(http, "_sandbox/push/start?since=2024-01-15%2000:00:00");
        assertThat(started.get("running").asBoolean()).isTrue();
        awaitIdle(sandbox);
        JsonNode stopped = post(http, "_sandbox/push/stop");
        assertThat(stopped.get("running").asBoolean()).isFalse();

        JsonNode stats = get(http, "_sandbox/push/stats");
        assertThat(stats.get("pending").asLong()).isZero();
        assertThat(stats.get("acknowledged").asLong()).isEqualTo(acknowledgedIds.size());
        assertThat(stats.at("/byAlgorithm/md5/sent").asLong()).isEqualTo(acknowledgedIds.size());

        JsonNode truth = get(http, "_sandbox/push/messages?target=TAOBAO&state=ACKNOWLEDGED");
        Set<String> truthIds = new java.util.HashSet<>();
        truth.get("messages").forEach(m -> truthIds.add(m.get("messageId").asString()));
        assertThat(truthIds).isEqualTo(acknowledgedIds);
        JsonNode first = truth.get("messages").get(0);
        assertThat(first.get("orderId").asString()).isNotEmpty();
        assertThat(first.get("topic").asString()).startsWith("taobao_");
        assertThat(first.get("attempts").asInt()).isEqualTo(1);

        // While stopped, events are still recorded and wait for the next start.
        sandbox.advance(Duration.ofHours(2));
        assertThat(((Number) sandbox.pushStats().get("pending")).longValue()).isPositive();
        post(http, "_sandbox/push/start");
        awaitIdle(sandbox);
        assertThat(get(http, "_sandbox/push/stats").get("acknowledged").asLong()).isEqualTo(acknowledgedIds.size());
    }

    private JsonNode post(OkHttpClient http, String path) throws Exception {
        Request request = new Request.Builder().url(sandbox.url().resolve(path))
                .post(okhttp3.RequestBody.create(new byte[0], null)).build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).as(path).isEqualTo(200);
            return SignedCalls.JSON.readTree(response.body().string());
        }
    }

    private JsonNode get(OkHttpClient http, String path) throws Exception {
        try (Response response = http.newCall(new Request.Builder().url(sandbox.url().resolve(path)).build()).execute()) {
            assertThat(response.code()).as(path).isEqualTo(200);
            return SignedCalls.JSON.readTree(response.body().string());
        }
    }

    private static Stream<Long> events(OrderTimeline t) {
        return Stream.of(t.createdAt(), t.depositPaidAt(), t.paidAt(), t.partShippedAt(), t.shippedAt(),
                t.deliveredAt(), t.completedAt(), t.cancelledAt(), t.refundRequestedAt(), t.refundedAt())
                .filter(at -> at != 0);
    }
}
