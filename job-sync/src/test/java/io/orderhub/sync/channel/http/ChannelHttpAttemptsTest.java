package io.orderhub.sync.channel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Retries of failed requests and re-fetches of malformed pages count against one budget per call (the fixture's
 * policy: 3 attempts), so a call never costs attempts × attempts requests.
 */
class ChannelHttpAttemptsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TaobaoAdapter adapter = new TaobaoAdapter(
            ChannelHttpFixture.http(new TaobaoChannel(TaobaoSigner.Method.HMAC_SHA256)));
    private final TimeWindow window = new TimeWindow(LocalDateTime.of(2024, 1, 15, 9, 0),
            LocalDateTime.of(2024, 1, 15, 10, 0));

    private ShopSession shop() {
        return ShopSession.of(new ShopCredentials(Channel.TAOBAO, "shop-1", "12345678", "testsecret", "session-token",
                server.url("/")));
    }

    @Test
    void serverErrorsAndMalformedPagesShareTheCallsAttempts() {
        server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse.Builder().body("{\"trades_sold_increment_get_response\":").build());
        }

        assertThatThrownBy(() -> adapter.fetchPage(shop(), window, 1, 100)).isInstanceOf(MalformedPageException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }
}
