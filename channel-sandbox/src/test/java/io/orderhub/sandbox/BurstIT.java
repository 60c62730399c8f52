package io.orderhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.burst.BurstPlan;
import io.orderhub.sandbox.burst.BurstStatus;
import io.orderhub.sandbox.generator.OrderStatus;
import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.truth.UnifiedOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Burst mode: new paid orders appear in wall-clock time at the planned rate, in the windows and in the truth. */
class BurstIT {
    private final ChannelSandbox sandbox = ChannelSandbox.builder().seed(11).shopsPerChannel(2).ordersPerShop(300)
            .unlimitedRateLimits().build().start();
    private final SignedCalls calls = new SignedCalls(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private BurstStatus awaitFinished() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (sandbox.burstStatus().running() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return sandbox.burstStatus();
    }

    private List<JsonNode> pddWindow(ShopCredentials shop, long from, long to) {
        List<JsonNode> orders = new ArrayList<>();
        for (int page = 1; ; page++) {
            Map<String, String> p = new HashMap<>();
            p.put("start_updated_at", Long.toString(from));
            p.put("end_updated_at", Long.toString(to));
            p.put("order_status", "1");
            p.put("refund_status", "5");
            p.put("page", Integer.toString(page));
            p.put("page_size", "50");
            JsonNode list = calls.pdd(shop, "pdd.order.number.list.increment.get", p).json()
                    .at("/order_sn_increment_get_response/order_sn_list");
            if (list.isEmpty()) {
                return orders;
            }
            list.forEach(orders::add);
        }
    }

    private List<JsonNode> taobaoWindow(ShopCredentials shop, long from, long to) {
        List<JsonNode> trades = new ArrayList<>();
        for (int page = 1; ; page++) {
            Map<String, String> p = new HashMap<>();
            p.put("fields", "tid,status,modified");
            p.put("start_modified", SimTime.text(from));
            p.put("end_modified", SimTime.text(to));
            p.put("page_no", Integer.toString(page));
            p.put("page_size", "40");
            JsonNode list = calls.taobao(shop, "taobao.trades.sold.increment.get", p).json()
                    .at("/trades_sold_increment_get_response/trades/trade");
            if (list.isMissingNode() || list.isEmpty()) {
                return trades;
            }
            list.forEach(trades::add);
        }
    }

    @Test
    void twoStepBurstCreatesThePlannedOrdersSeenThroughTheGatewaysAndTheTruth() throws InterruptedException {
        int pddBefore = sandbox.visibleOrders(Channel.PDD, "PDD10001");
        int jdBefore = sandbox.visibleOrders(Channel.JD, "JD10001");
        long from = Instant.now().getEpochSecond();
        // Per shop: 2 s × 600/min = 20, then 2 s × 1,200/min = 40; PDD and Taobao have 2 shops each.
        BurstStatus started = sandbox.burst(BurstPlan.of(new BurstPlan.Step(Duration.ofSeconds(2), 600),
                new BurstPlan.Step(Duration.ofSeconds(2), 1200)).onlyFor(Channel.PDD, Channel.TAOBAO));
        assertThat(started.running()).isTrue();
        assertThat(started.startedAt()).isNotNull();
        assertThat(started.finishedAt()).isNull();

        Thread.sleep(1000);
        // After ~1 s: 10 per shop × 4 shops, give or take a tick (100 ms = 1 order per shop) and scheduling jitter.
        long midway = sandbox.burstStatus().created();
        assertThat(midway).isBetween(20L, 80L);

        BurstStatus done = awaitFinished();
        long to = Instant.now().getEpochSecond();
        assertThat(done.running()).isFalse();
        assertThat(done.created()).isEqualTo(4 * 60);
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt().plusSeconds(4));
        assertThat(done.failure()).isNull();
        assertThat(sandbox.visibleOrders(Channel.PDD, "PDD10001")).isEqualTo(pddBefore + 60);
        assertThat(sandbox.visibleOrders(Channel.JD, "JD10001")).isEqualTo(jdBefore);

        ShopCredentials pdd = sandbox.shops(Channel.PDD).get(1);
        // The simulated now is 5 minutes behind: nothing else was modified in [from, to], so the window is the burst.
        List<JsonNode> pddOrders = pddWindow(pdd, from, to);
        assertThat(pddOrders).hasSize(60);
        for (int i = 1; i < pddOrders.size(); i++) {
            assertThat(pddOrders.get(i).get("updated_at").asString())
                    .isGreaterThanOrEqualTo(pddOrders.get(i - 1).get("updated_at").asString());
        }
        assertThat(pddOrders).allSatisfy(o -> {
            assertThat(o.get("order_status").asInt()).isEqualTo(1);
            assertThat(o.get("created_time").asString()).isEqualTo(o.get("updated_at").asString());
        });

        ShopCredentials taobao = sandbox.shops(Channel.TAOBAO).get(0);
        List<JsonNode> trades = taobaoWindow(taobao, from, to);
        assertThat(trades).hasSize(60);
        assertThat(trades).allSatisfy(t -> assertThat(t.get("status").asString()).isEqualTo("WAIT_SELLER_SEND_GOODS"));
        for (int i = 1; i < trades.size(); i++) {
            assertThat(trades.get(i).get("modified").asString())
                    .isLessThanOrEqualTo(trades.get(i - 1).get("modified").asString());
        }

        Set<String> servedPdd = pddOrders.stream().map(o -> o.get("order_sn").asString()).collect(Collectors.toSet());
        List<UnifiedOrder> truth = sandbox.truth(Channel.PDD, pdd.shopId())
                .filter(o -> servedPdd.contains(o.platformOrderId())).toList();
        assertThat(truth).hasSize(60).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.PAID);
            assertThat(o.createdAt()).isEqualTo(o.modifiedAt()).isEqualTo(o.paidAt());
            assertThat(o.createdAt()).isAfterOrEqualTo(SimTime.local(from));
            assertThat(o.lines()).isNotEmpty();
            assertThat(o.amountsBalance() || !o.consistent()).isTrue();
        });

        Set<String> truthOverHttp = new HashSet<>();
        calls.get("/_sandbox/truth?channel=TAOBAO&shop=" + taobao.shopId()).body().lines()
                .map(SignedCalls.JSON::readTree).forEach(n -> truthOverHttp.add(n.get("platformOrderId").asString()));
        assertThat(truthOverHttp).hasSize(sandbox.visibleOrders(Channel.TAOBAO, taobao.shopId()))
                .containsAll(trades.stream().map(t -> t.get("tid_str").asString()).toList());
    }

    @Test
    void burstOverHttpReports202ThenRefusesASecondOneWith409() throws InterruptedException {
        JsonNode idle = calls.get("/_sandbox/burst").json();
        assertThat(idle.get("running").asBoolean()).isFalse();
        assertThat(idle.get("created").asLong()).isZero();
        assertThat(idle.get("startedAt").isNull()).isTrue();

        String plan = "{\"steps\":[{\"seconds\":1,\"ordersPerMinute\":600},{\"seconds\":1,\"ordersPerMinute\":1200}],"
                + "\"channels\":[\"JD\",\"DOUYIN\"]}";
        SignedCalls.Reply accepted = calls.post("/_sandbox/burst", plan);
        assertThat(accepted.code()).isEqualTo(202);
        assertThat(accepted.json().get("running").asBoolean()).isTrue();
        Instant startedAt = Instant.parse(accepted.json().get("startedAt").asString());
        assertThat(accepted.json().get("finishedAt").isNull()).isTrue();

        SignedCalls.Reply refused = calls.post("/_sandbox/burst", plan);
        assertThat(refused.code()).isEqualTo(409);
        assertThat(refused.json().get("running").asBoolean()).isTrue();

        assertThat(calls.post("/_sandbox/burst", "{\"steps\":[{\"seconds\":0,\"ordersPerMinute\":1}]}").code())
                .isEqualTo(400);

        awaitFinished();
        JsonNode done = calls.get("/_sandbox/burst").json();
        assertThat(done.get("running").asBoolean()).isFalse();
        // (10 + 20) per shop, 2 shops each of JD and Douyin.
        assertThat(done.get("created").asLong()).isEqualTo(4 * 30);
        assertThat(Instant.parse(done.get("startedAt").asString())).isEqualTo(startedAt);
        assertThat(Instant.parse(done.get("finishedAt").asString())).isAfterOrEqualTo(startedAt.plusSeconds(2));

        ShopCredentials douyin = sandbox.shops(Channel.DOUYIN).get(0);
        long from = startedAt.getEpochSecond();
        long to = Instant.now().getEpochSecond();
        JsonNode page = calls.douyin(douyin, "{\"order_asc\":false,\"order_by\":\"create_time\",\"page\":0,"
                + "\"size\":100,\"create_time_end\":" + to + ",\"create_time_start\":" + from + "}").json();
        assertThat(page.at("/data/total").asInt()).isEqualTo(30);
        assertThat(page.at("/data/shop_order_list")).allSatisfy(o ->
                assertThat(o.get("order_status").asInt()).isEqualTo(2));

        assertThat(calls.post("/_sandbox/burst", plan).code()).isEqualTo(202);
    }
}
