package io.orderhub.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.SignedCalls;
import io.orderhub.sandbox.fault.RateLimitPolicy;
import io.orderhub.sandbox.generator.SimTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code --cache-pages}: order lists rendered once, every request still checked, other pages rendered for themselves. */
class RenderedPagesIT {
    private static final String INCREMENT = "taobao.trades.sold.increment.get";
    private static final Instant NOW = Instant.parse("2024-01-15T02:00:00Z");

    private final ChannelSandbox cached = sandbox(ChannelSandbox.builder().cachePages(64L * 1024 * 1024));
    private final ChannelSandbox plain = sandbox(ChannelSandbox.builder());
    private final SignedCalls calls = new SignedCalls(cached);
    private final ShopCredentials shop = cached.shops(Channel.TAOBAO).get(0);

    private static ChannelSandbox sandbox(ChannelSandbox.Builder builder) {
        return builder.seed(7).ordersPerShop(2000).span(Duration.ofDays(2)).now(NOW).unlimitedRateLimits()
                .build().start();
    }

    @AfterEach
    void stop() {
        cached.close();
        plain.close();
    }

    private static Map<String, String> window(long from, long to, int page) {
        return Map.of("fields", "tid,status,modified", "start_modified", SimTime.text(from), "end_modified",
                SimTime.text(to), "page_no", Integer.toString(page), "page_size", "50", "use_has_next", "true");
    }

    private Map<String, String> lastDay(int page) {
        long now = NOW.getEpochSecond();
        return window(now - 86_400, now, page);
    }

    private long counter(String name) {
        return ((Number) cached.pageCache().get(name)).longValue();
    }

    @Test
    void sameRequestTwiceRendersItsOrdersOnceAndServesTheSameOrders() {
        JsonNode first = calls.taobao(shop, INCREMENT, lastDay(2)).json().get("trades_sold_increment_get_response");
        JsonNode second = calls.taobao(shop, INCREMENT, lastDay(2)).json().get("trades_sold_increment_get_response");

        assertThat(counter("misses")).isEqualTo(1);
        assertThat(counter("hits")).isEqualTo(1);
        assertThat(counter("pages")).isEqualTo(1);
        assertThat(second.get("trades")).isEqualTo(first.get("trades"));
        assertThat(second.get("trades").at("/trade").size()).isEqualTo(50);
        assertThat(second.get("total_results")).isEqualTo(first.get("total_results"));
        assertThat(second.get("request_id")).isNotEqualTo(first.get("request_id"));
    }

    @Test
    void keptPageIsWhatTheSandboxRendersWithoutCache() {
        calls.taobao(shop, INCREMENT, lastDay(3));
        JsonNode kept = calls.taobao(shop, INCREMENT, lastDay(3)).json().at("/trades_sold_increment_get_response/trades");
        JsonNode rendered = new SignedCalls(plain).taobao(plain.shops(Channel.TAOBAO).get(0), INCREMENT, lastDay(3))
                .json().at("/trades_sold_increment_get_response/trades");

        assertThat(counter("hits")).isEqualTo(1);
        assertThat(kept).isEqualTo(rendered);
    }

    @Test
    void badSignatureIsRefusedWhileThePageIsKept() {
        calls.taobao(shop, INCREMENT, lastDay(1));

        JsonNode refused = calls.taobao(shop, INCREMENT, lastDay(1), "md5", "not-the-secret").json();

        assertThat(refused.at("/error_response/code").asInt()).isEqualTo(25);
        assertThat(refused.has("trades_sold_increment_get_response")).isFalse();
        assertThat(counter("hits")).isZero();
    }

    @Test
    void anotherWindowIsRenderedForItselfNotServedFromTheKeptOne() {
        long now = NOW.getEpochSecond();
        JsonNode lastDay = calls.taobao(shop, INCREMENT, window(now - 86_400, now, 1)).json()
                .at("/trades_sold_increment_get_response/trades/trade");
        JsonNode dayBefore = calls.taobao(shop, INCREMENT, window(now - 2 * 86_400, now - 86_400 - 1, 1)).json()
                .at("/trades_sold_increment_get_response/trades/trade");

        assertThat(counter("misses")).isEqualTo(2);
        assertThat(counter("hits")).isZero();
        assertThat(dayBefore.get(0).get("tid")).isNotEqualTo(lastDay.get(0).get("tid"));
    }

    @Test
    void touchedOrdersAreRenderedAgain() {
        calls.taobao(shop, INCREMENT, lastDay(1));
        cached.touch(Channel.TAOBAO, shop.shopId(), 1);

        calls.taobao(shop, INCREMENT, lastDay(1));

        assertThat(counter("misses")).isEqualTo(2);
        assertThat(counter("hits")).isZero();
    }

    @Test
    void rateLimitStillRefusesAKeptPage() {
        calls.taobao(shop, INCREMENT, lastDay(1));
        cached.rateLimit(Channel.TAOBAO, new RateLimitPolicy(0.001, 1, 0, 1));
        calls.taobao(shop, INCREMENT, lastDay(1));

        JsonNode refused = calls.taobao(shop, INCREMENT, lastDay(1)).json();

        assertThat(refused.has("error_response")).isTrue();
        assertThat(counter("hits")).isEqualTo(1);
    }
}
