package io.orderhub.sync.channel.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The vector from ../shared/reference/channels.md (computed from the Douyin shop SDK's algorithm). */
class DouyinSignerTest {

    @Test
    void hmacSha256MatchesTheKnownVector() {
        String paramJson = "{\"create_time_end\":1705285800,\"create_time_start\":1705199400,"
                + "\"order_by\":\"create_time\",\"page\":0,\"size\":100}";

        assertThat(DouyinSigner.sign("1234567890123456789", "order.searchList", paramJson, "1705285800", "testsecret"))
                .isEqualTo("8cc625462061d1db93a61d8bcf73515779ccfdd11bf7fc0bd7e0f797c40a3baf");
    }
}
