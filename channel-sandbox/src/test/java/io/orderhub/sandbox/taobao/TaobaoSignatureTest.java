package io.orderhub.sandbox.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Vectors computed independently with Python's hashlib/hmac from the TOP algorithm in channels.md:
 * sorted name+value pairs; md5 wraps with the secret, hmac / hmac-sha256 key with it.
 */
class TaobaoSignatureTest {
    private static Map<String, String> params(String signMethod) {
        Map<String, String> p = new HashMap<>();
        p.put("app_key", "12345678");
        p.put("method", "taobao.trades.sold.increment.get");
        p.put("timestamp", "2024-01-15 10:30:00");
        p.put("format", "json");
        p.put("v", "2.0");
        p.put("sign_method", signMethod);
        p.put("session", "testsession");
        p.put("fields", "tid,status");
        p.put("start_modified", "2024-01-15 00:00:00");
        p.put("end_modified", "2024-01-15 10:00:00");
        p.put("page_no", "1");
        p.put("page_size", "100");
        p.put("use_has_next", "true");
        return p;
    }

    @Test
    void md5MatchesIndependentVector() {
        assertThat(TaobaoSignature.sign(params("md5"), "md5", "testsecret"))
                .isEqualTo("9AD977BE276BEEF6B47CE62EAEA3B436");
    }

    @Test
    void hmacMd5MatchesIndependentVector() {
        assertThat(TaobaoSignature.sign(params("hmac"), "hmac", "testsecret"))
                .isEqualTo("AF1E67604AEB1FC7C81D1A295444AC5C");
    }

    @Test
    void hmacSha256MatchesIndependentVector() {
        assertThat(TaobaoSignature.sign(params("hmac-sha256"), "hmac-sha256", "testsecret"))
                .isEqualTo("4E21B40B4AD054674402BC640FA35C079134FF6CE22FF335495F5B4C2497ACEA");
    }

    @Test
    void signParameterItselfIsNotSigned() {
        Map<String, String> withSign = params("md5");
        withSign.put("sign", "ANYTHING");
        assertThat(TaobaoSignature.sign(withSign, "md5", "testsecret")).isEqualTo("9AD977BE276BEEF6B47CE62EAEA3B436");
    }

    @Test
    void unknownSignMethodHasNoSignature() {
        assertThat(TaobaoSignature.sign(params("sha1"), "sha1", "testsecret")).isNull();
    }
}
