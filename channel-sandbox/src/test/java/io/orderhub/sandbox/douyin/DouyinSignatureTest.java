package io.orderhub.sandbox.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DouyinSignatureTest {
    private static final String PARAM_JSON =
            "{\"create_time_end\":1705285800,\"create_time_start\":1705199400,\"order_by\":\"create_time\","
                    + "\"page\":0,\"size\":100}";

    @Test
    void hmacSha256MatchesTheChannelsMdVector() {
        assertThat(DouyinSignature.sign("1234567890123456789", "order.searchList", PARAM_JSON, "1705285800", "2",
                "hmac-sha256", "testsecret"))
                .isEqualTo("8cc625462061d1db93a61d8bcf73515779ccfdd11bf7fc0bd7e0f797c40a3baf");
    }

    @Test
    void md5MatchesTheChannelsMdVector() {
        assertThat(DouyinSignature.sign("1234567890123456789", "order.searchList", PARAM_JSON, "1705285800", "2",
                "md5", "testsecret"))
                .isEqualTo("fabdbcd8841db552db229edd5f174496");
    }
}
