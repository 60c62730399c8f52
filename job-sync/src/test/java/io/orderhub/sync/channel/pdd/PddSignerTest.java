package io.orderhub.sync.channel.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Vector computed from PDD's published algorithm with an independent implementation (Python hashlib). */
class PddSignerTest {

    @Test
    void md5MatchesTheKnownVector() {
        TreeMap<String, String> params = new TreeMap<>(Map.ofEntries(
                Map.entry("type", "pdd.order.number.list.increment.get"), Map.entry("client_id", "testclient"),
                Map.entry("access_token", "testtoken"), Map.entry("timestamp", "1705285800"),
                Map.entry("data_type", "JSON"), Map.entry("start_updated_at", "1705284000"),
                Map.entry("end_updated_at", "1705285800"), Map.entry("page", "1"), Map.entry("page_size", "100"),
                Map.entry("is_lucky_flag", "0"), Map.entry("order_status", "5"), Map.entry("refund_status", "5"),
                Map.entry("use_has_next", "true")));

        assertThat(new PddSigner().sign(params, "testsecret")).isEqualTo("2B78140A5CA81C5BF4AFC6836366BDBF");
    }
}
