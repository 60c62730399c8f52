package io.orderhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Catalogs of the size benchmarks use (up to 1M orders a shop) are served whole. How fast is measured by
 * {@code bench/run sandbox} and {@code bench/run sync}, not asserted here: a shared CI machine makes timings noise.
 */
class LargeCatalogIT {
    @Test
    void everyOrderOfATwoHundredThousandOrderShopIsPulledOverHttp() {
        try (ChannelSandbox sandbox = ChannelSandbox.builder().seed(1).shopsPerChannel(1).ordersPerShop(200_000)
                .span(Duration.ofDays(4)).unlimitedRateLimits().build().start()) {
            ShopCredentials shop = sandbox.shops(Channel.PDD).get(0);
            SignedCalls calls = new SignedCalls(sandbox);
            long now = sandbox.now().getEpochSecond();
            Set<String> ids = new HashSet<>();
            for (long start = now - 5 * 86_400L; start < now; start += 1801) {
                boolean hasNext = true;
                for (int page = 1; hasNext; page++) {
                    JsonNode response = calls.pddIncrementPage(shop, start, Math.min(now, start + 1800), page).json()
                            .get("order_sn_increment_get_response");
                    response.get("order_sn_list").forEach(o -> ids.add(o.get("order_sn").asString()));
                    hasNext = response.get("has_next").asBoolean();
                }
            }
            assertThat(ids).hasSize(sandbox.visibleOrders(Channel.PDD, shop.shopId()));
            assertThat(ids.size()).isGreaterThan(190_000);
        }
    }

    @Test
    void concurrentClientsOnDifferentShopsEachGetTheirWholeShop() throws Exception {
        try (ChannelSandbox sandbox = ChannelSandbox.builder().seed(2).shopsPerChannel(4).ordersPerShop(10_000)
                .span(Duration.ofDays(2)).unlimitedRateLimits().build().start()) {
            long now = sandbox.now().getEpochSecond();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<Integer>> pulled = new ArrayList<>();
            for (ShopCredentials shop : sandbox.shops(Channel.DOUYIN)) {
                pulled.add(pool.submit(() -> {
                    SignedCalls calls = new SignedCalls(sandbox);
                    Set<String> ids = new HashSet<>();
                    for (int page = 0; ; page++) {
                        JsonNode list = calls.douyin(shop, "{\"order_by\":\"update_time\",\"page\":" + page
                                + ",\"size\":100,\"update_time_end\":" + now + ",\"update_time_start\":"
                                + (now - 3 * 86_400) + "}").json().at("/data/shop_order_list");
                        if (list.isEmpty()) {
                            return ids.size();
                        }
                        list.forEach(o -> ids.add(o.get("order_id").asString()));
                    }
                }));
            }
            for (int i = 0; i < pulled.size(); i++) {
                String shopId = sandbox.shops(Channel.DOUYIN).get(i).shopId();
                assertThat(pulled.get(i).get()).isEqualTo(sandbox.visibleOrders(Channel.DOUYIN, shopId));
            }
            pool.shutdown();
        }
    }

    @Test
    void aMillionOrderShopIsIndexedWithNearlyAllOrdersVisible() {
        try (ChannelSandbox sandbox = ChannelSandbox.builder().shopsPerChannel(1).ordersPerShop(1_000_000)
                .unlimitedRateLimits().build()) {
            int visible = sandbox.visibleOrders(Channel.TAOBAO, sandbox.shops(Channel.TAOBAO).get(0).shopId());
            assertThat(visible).isGreaterThan(900_000);
        }
    }
}
