package io.orderhub.sync.channel.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 抖店 error codes → our error kinds (what the HTTP layer does with them: {@link DouyinAdapterTest}). */
class DouyinErrorsTest {

    private final DouyinErrors errors = new DouyinErrors();

    private Optional<PlatformError> detect(String json) {
        return errors.detect(ChannelHttp.JSON.readTree(json));
    }

    private static String error(int code, String subCode) {
        return "{\"code\":" + code + ",\"msg\":\"错误\",\"sub_code\":\"" + subCode + "\",\"sub_msg\":\"详情\","
                + "\"log_id\":\"1\",\"data\":null}";
    }

    @ParameterizedTest
    @CsvSource({
            "20000, isp.service-error, UNAVAILABLE",
            "30001, isv.permission-denied, INVALID_REQUEST",
            "40003, isv.signature-invalid, SIGNATURE_REJECTED",
            "40003, isv.access-token-expired, TOKEN_EXPIRED",
            "40003, isv.access-token-invalid, TOKEN_EXPIRED",
            "40003, isv.timestamp-invalid, CLOCK_SKEW",
            "40003, isv.app-key-invalid, INVALID_REQUEST",
            "40004, isv.parameter-invalid:3, INVALID_REQUEST",
            "60000, isv.frequency-limited, RATE_LIMITED",
            "60001, '', RATE_LIMITED",
            "70000, isv.api-offline, INVALID_REQUEST",
            "50002, '', UNKNOWN"})
    void codesAndSubCodesMapToKinds(int code, String subCode, PlatformErrorKind kind) {
        assertThat(detect(error(code, subCode))).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).startsWith(Integer.toString(code));
        });
    }

    @Test
    void successIsCode10000OrLegacyErrNoZero() {
        assertThat(detect("{\"code\":10000,\"msg\":\"success\",\"data\":{}}")).isEmpty();
        assertThat(detect("{\"err_no\":0,\"message\":\"success\",\"data\":{}}")).isEmpty();
        assertThat(detect("{\"err_no\":30002,\"message\":\"access_token已过期\"}")).hasValueSatisfying(
                e -> assertThat(e.kind()).isEqualTo(PlatformErrorKind.UNKNOWN));
    }
}
