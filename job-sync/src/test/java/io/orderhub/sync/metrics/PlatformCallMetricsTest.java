package io.orderhub.sync.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.ChannelHttpFixture;
import io.orderhub.sync.channel.MalformedPageException;
import io.orderhub.sync.channel.ShopCredentials;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.taobao.TaobaoAdapter;
import io.orderhub.sync.channel.taobao.TaobaoChannel;
import io.orderhub.sync.channel.taobao.TaobaoSigner;
import java.time.LocalDateTime;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Every attempt of a platform call is counted once, and each failed attempt once under its error kind. */
class PlatformCallMetricsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TaobaoAdapter adapter = new TaobaoAdapter(ChannelHttpFixture.http(
            List.of(new TaobaoChannel(TaobaoSigner.Method.HMAC_SHA256)), duration -> { },
            new SyncMeters(registry, List.of(Channel.TAOBAO))));
    private final TimeWindow window = new TimeWindow(LocalDateTime.of(2024, 1, 15, 9, 0),
            LocalDateTime.of(2024, 1, 15, 10, 0));

    @Test
    void attemptsAndTheirErrorsAreCountedPerChannelAndKind() {
        server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
        server.enqueue(new MockResponse.Builder().code(429).body("slow down").build());
        server.enqueue(new MockResponse.Builder().body("{\"trades_sold_increment_get_response\":").build());

        assertThatThrownBy(() -> adapter.fetchPage(shop(), window, 1, 100)).isInstanceOf(MalformedPageException.class);

        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(count(SyncMeters.CALLS, null)).isEqualTo(3);
        assertThat(count(SyncMeters.ERRORS, "UNAVAILABLE")).isEqualTo(1);
        assertThat(count(SyncMeters.ERRORS, "RATE_LIMITED")).isEqualTo(1);
        assertThat(count(SyncMeters.ERRORS, "MALFORMED")).isEqualTo(1);
        assertThat(count(SyncMeters.ERRORS, "TOKEN_EXPIRED")).isZero();
    }

    @Test
    void everyChannelsSeriesExistAtZeroBeforeTheFirstCall() {
        assertThat(count(SyncMeters.CALLS, null)).isZero();
        assertThat(registry.find(SyncMeters.ERRORS).tag("channel", "TAOBAO").counters()).hasSize(8);
        assertThat(registry.find(SyncMeters.RATE_LIMIT_WAITS).tag("channel", "TAOBAO").timer()).isNotNull();
    }

    private double count(String metric, String kind) {
        return (kind == null ? registry.get(metric).tag("channel", "TAOBAO")
                : registry.get(metric).tag("channel", "TAOBAO").tag("kind", kind)).counter().count();
    }

    private ShopSession shop() {
        return ShopSession.of(new ShopCredentials(Channel.TAOBAO, "shop-1", "12345678", "testsecret", "session-token",
                server.url("/")));
    }
}
