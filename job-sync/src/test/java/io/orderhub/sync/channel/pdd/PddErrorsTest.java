package io.orderhub.sync.channel.pdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.sync.channel.ChannelHttpFixture;
import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PDD {@code error_response} codes → our error kinds, and what the HTTP layer does with them. */
class PddErrorsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final PddErrors errors = new PddErrors();
    private final PddAdapter adapter = new PddAdapter(ChannelHttpFixture.http(new PddChannel()));
    private final TimeWindow window = new TimeWindow(LocalDateTime.of(2024, 1, 15, 9, 0),
            LocalDateTime.of(2024, 1, 15, 9, 30));

    private Optional<PlatformError> detect(String json) {
        return errors.detect(ChannelHttp.JSON.readTree(json));
    }

    private static String error(int code, String subMessage) {
        return "{\"error_response\":{\"error_code\":" + code + ",\"error_msg\":\"错误\",\"sub_code\":\"" + code
                + "\",\"sub_msg\":\"" + subMessage + "\",\"request_id\":\"1\"}}";
    }

    @ParameterizedTest
    @CsvSource({
            "20004, SIGNATURE_REJECTED",
            "10019, TOKEN_EXPIRED",
            "52101, RATE_LIMITED",
            "70031, RATE_LIMITED",
            "10000, INVALID_REQUEST",
            "50000, UNKNOWN",
            "52102, UNKNOWN"})
    void errorCodesMapToKinds(int code, PlatformErrorKind kind) {
        assertThat(detect(error(code, "详情"))).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(Integer.toString(code));
        });
    }

    @Test
    void throttleTakesTheWaitPddNames() {
        assertThat(detect(error(70031, "应用已被封禁30秒")).orElseThrow().retryHint()).isEqualTo(Duration.ofSeconds(30));
        assertThat(detect(error(52101, "请3600秒后重试")).orElseThrow().retryHint()).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void replyWithoutErrorResponseIsNoError() {
        assertThat(detect("{\"order_sn_increment_get_response\":{\"total_count\":0}}")).isEmpty();
    }

    @Test
    void rateLimitIsRetriedAndThenServed() throws Exception {
        server.enqueue(new MockResponse.Builder().body(error(52101, "请1秒后重试")).build());
        server.enqueue(new MockResponse.Builder().body(PddAdapterTest.fixture("increment-page.json")).build());
        ShopSession shop = PddAdapterTest.shop(server);

        assertThat(adapter.fetchPage(shop, window, 1, 100).orders()).hasSize(2);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(shop.stats().rateLimitedResponses()).isEqualTo(1);
        assertThat(shop.stats().retries()).isEqualTo(1);
    }

    @Test
    void expiredTokenFailsAtOnceNamingTheShopButNoSecret() {
        server.enqueue(new MockResponse.Builder().body(error(10019, "access_token已过期")).build());

        assertThatThrownBy(() -> adapter.fetchPage(PddAdapterTest.shop(server), window, 1, 100))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(PlatformErrorKind.TOKEN_EXPIRED))
                .hasMessageContaining("PDD/shop-1")
                .message().doesNotContain("testsecret").doesNotContain("testtoken");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void signatureErrorFailsAtOnce() {
        server.enqueue(new MockResponse.Builder().body(error(20004, "签名错误")).build());

        assertThatThrownBy(() -> adapter.fetchPage(PddAdapterTest.shop(server), window, 1, 100))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(PlatformErrorKind.SIGNATURE_REJECTED));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
