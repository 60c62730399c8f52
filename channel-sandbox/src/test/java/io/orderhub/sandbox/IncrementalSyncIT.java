package io.orderhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.truth.UnifiedOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Orders change over simulated time, and the next incremental window sees exactly the changed ones. */
class IncrementalSyncIT {
    private final ChannelSandbox sandbox = ChannelSandbox.builder().seed(8).shopsPerChannel(1).ordersPerShop(5000)
            .now(Instant.now().minus(Duration.ofMinutes(5))).unlimitedRateLimits().build().start();
    private final SignedCalls calls = new SignedCalls(sandbox);
    private final ShopCredentials shop = sandbox.shops(Channel.DOUYIN).get(0);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Set<String> updatedBetween(long from, long to) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode list = calls.douyin(shop, "{\"order_asc\":true,\"order_by\":\"update_time\",\"page\":" + page
                    + ",\"size\":100,\"update_time_end\":" + to + ",\"update_time_start\":" + from + "}").json()
                    .at("/data/shop_order_list");
            if (list.isEmpty()) {
                return ids;
            }
            list.forEach(o -> ids.add(o.get("order_id").asString()));
        }
    }

    @Test
    void advancingTimeMovesOrdersAlongAndTheNextWindowHasExactlyTheChangedOnes() {
        long before = sandbox.now().getEpochSecond();
        Map<String, UnifiedOrder> old = sandbox.truth(Channel.DOUYIN, shop.shopId())
                .collect(Collectors.toMap(UnifiedOrder::platformOrderId, Function.identity()));
        sandbox.advance(Duration.ofHours(6));
        long after = sandbox.now().getEpochSecond();
        Map<String, UnifiedOrder> now = sandbox.truth(Channel.DOUYIN, shop.shopId())
                .collect(Collectors.toMap(UnifiedOrder::platformOrderId, Function.identity()));
        Set<String> changed = now.values().stream()
                .filter(o -> !old.containsKey(o.platformOrderId()) || !old.get(o.platformOrderId()).equals(o))
                .map(UnifiedOrder::platformOrderId).collect(Collectors.toSet());
        assertThat(changed).isNotEmpty();
        assertThat(now.values()).anyMatch(o -> old.containsKey(o.platformOrderId())
                && old.get(o.platformOrderId()).status() != o.status());
        assertThat(updatedBetween(before + 1, after)).isEqualTo(changed);
    }

    @Test
    void touchedOrdersShowUpInTheNextWindowWithANewRemark() {
        long before = sandbox.now().getEpochSecond();
        sandbox.advance(Duration.ofSeconds(1));
        List<String> touched = sandbox.touch(Channel.DOUYIN, shop.shopId(), 5);
        assertThat(touched).hasSize(5);
        long now = sandbox.now().getEpochSecond();
        assertThat(updatedBetween(before + 1, now)).containsAll(touched);
        JsonNode first = calls.douyin(shop, "{\"order_by\":\"update_time\",\"page\":0,\"size\":1,\"update_time_end\":"
                + now + ",\"update_time_start\":" + now + "}").json().at("/data/shop_order_list/0");
        assertThat(first.get("seller_words").asString()).startsWith("备注 v");
        assertThat(SimTime.text(first.get("update_time").asLong())).isEqualTo(SimTime.text(now));
    }

    @Test
    void adminEndpointsAdvanceAndTouchOverHttp() {
        Instant start = sandbox.now();
        JsonNode info = calls.post("/_sandbox/advance?seconds=120", "").json();
        assertThat(Instant.parse(info.get("now").asString())).isEqualTo(start.plusSeconds(120));
        JsonNode touched = calls.post("/_sandbox/touch?channel=DOUYIN&shop=" + shop.shopId() + "&count=2", "").json();
        assertThat(touched.get("touched")).hasSize(2);
        JsonNode shops = calls.get("/_sandbox/shops?channel=DOUYIN").json();
        assertThat(shops.get(0).get("accessToken").asString()).isEqualTo(shop.accessToken());
        assertThat(shops.get(0).has("visibleOrders")).isFalse();
        JsonNode counted = calls.get("/_sandbox/shops?channel=DOUYIN&visible=true").json();
        assertThat(counted.get(0).get("visibleOrders").asInt())
                .isEqualTo(sandbox.visibleOrders(Channel.DOUYIN, shop.shopId()));
    }
}
