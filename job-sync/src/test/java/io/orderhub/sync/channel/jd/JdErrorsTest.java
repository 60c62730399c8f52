package io.orderhub.sync.channel.jd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.ChannelHttpFixture;
import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.ShopCredentials;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** JOS error bodies → our error kinds, and what the HTTP layer does with them. */
class JdErrorsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final JdErrors errors = new JdErrors();
    private final JdAdapter adapter = new JdAdapter(ChannelHttpFixture.http(new JdChannel()));
    private final TimeWindow window = new TimeWindow(LocalDateTime.of(2024, 1, 15, 9, 0),
            LocalDateTime.of(2024, 1, 15, 10, 0));

    private Optional<PlatformError> detect(String json) {
        return errors.detect(JsonMapper.builder().build().readTree(json));
    }

    private static String gatewayError(String code, String zh) {
        return "{\"error_response\":{\"code\":\"" + code + "\",\"zh_desc\":\"" + zh + "\",\"en_desc\":\"x\"}}";
    }

    @ParameterizedTest
    @CsvSource({
            "12, SIGNATURE_REJECTED",
            "19, TOKEN_EXPIRED",
            "15, INVALID_REQUEST",
            "67, UNKNOWN",
            "1, UNKNOWN"})
    void gatewayCodesMapToKinds(String code, PlatformErrorKind kind) {
        assertThat(detect(gatewayError(code, "错误"))).hasValueSatisfying(error -> {
            assertThat(error.kind()).isEqualTo(kind);
            assertThat(error.code()).isEqualTo(code);
        });
    }

    @Test
    void unknownCodesAreRetryableAsJdAdvises() {
        assertThat(detect(gatewayError("67", "调用次数超过限制,请5秒后重试")).orElseThrow())
                .satisfies(error -> {
                    assertThat(error.kind().retryable()).isTrue();
                    assertThat(error.retryHint()).isEqualTo(Duration.ofSeconds(5));
                });
    }

    @Test
    void refusedApiResultIsAnInvalidRequest() {
        Optional<PlatformError> error = detect("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\","
                + "\"searchorderinfo_result\":{\"apiResult\":{\"success\":false,\"englishErrCode\":\"invalid parameter\","
                + "\"chineseErrCode\":\"查询时间跨度不能超过一个月\",\"numberCode\":1000},\"orderTotal\":0}}}");

        assertThat(error).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(PlatformErrorKind.INVALID_REQUEST);
            assertThat(e.code()).isEqualTo("apiResult/1000");
            assertThat(e.message()).contains("一个月");
        });
    }

    @Test
    void successfulReplyIsNoError() {
        assertThat(detect("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":"
                + "{\"apiResult\":{\"success\":true},\"orderTotal\":0,\"orderInfoList\":[]}}}")).isEmpty();
    }

    @Test
    void throttledCallIsRetriedAndThenServed() throws Exception {
        server.enqueue(new MockResponse.Builder().body(gatewayError("67", "调用次数超过限制,请1秒后重试")).build());
        server.enqueue(new MockResponse.Builder().body(JdAdapterTest.fixture("search-page.json")).build());
        ShopSession shop = JdAdapterTest.shop(server);

        assertThat(adapter.fetchPage(shop, window, 1, 50).orders()).hasSize(3);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(shop.stats().retries()).isEqualTo(1);
    }

    @Test
    void invalidTokenFailsAtOnceNamingTheShopButNoSecret() {
        server.enqueue(new MockResponse.Builder().body(gatewayError("19", "无效access_token")).build());

        assertThatThrownBy(() -> adapter.fetchPage(JdAdapterTest.shop(server), window, 1, 50))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(PlatformErrorKind.TOKEN_EXPIRED))
                .hasMessageContaining("JD/shop-1")
                .message().doesNotContain("testsecret").doesNotContain("testtoken");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refusedSearchFailsAtOnce() {
        server.enqueue(new MockResponse.Builder().body("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\","
                + "\"searchorderinfo_result\":{\"apiResult\":{\"success\":false,\"chineseErrCode\":\"参数错误\","
                + "\"numberCode\":1000}}}}").build());

        assertThatThrownBy(() -> adapter.fetchPage(JdAdapterTest.shop(server), window, 1, 50))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(PlatformErrorKind.INVALID_REQUEST));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void credentialsNeverAppearInTheShopLabel() {
        ShopCredentials credentials = new ShopCredentials(Channel.JD, "shop-1", "k", "testsecret", "testtoken",
                server.url("/"));
        assertThat(credentials.toString()).doesNotContain("testsecret").doesNotContain("testtoken");
    }
}
