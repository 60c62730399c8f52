package io.orderhub.sync.channel.jd;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** JOS error bodies → our error kinds (what the HTTP layer does with them: {@link JdAdapterTest}). */
class JdErrorsTest {

    private final JdErrors errors = new JdErrors();

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
}
