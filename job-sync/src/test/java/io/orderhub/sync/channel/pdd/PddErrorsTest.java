package io.orderhub.sync.channel.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PDD {@code error_response} codes → our error kinds (what the HTTP layer does with them: {@link PddAdapterTest}). */
class PddErrorsTest {

    private final PddErrors errors = new PddErrors();

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
}
