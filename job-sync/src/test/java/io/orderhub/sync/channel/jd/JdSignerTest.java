package io.orderhub.sync.channel.jd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The vector from ../shared/reference/channels.md (computed from JOS's published algorithm). */
class JdSignerTest {

    @Test
    void md5MatchesTheKnownVector() {
        TreeMap<String, String> params = new TreeMap<>(Map.of(
                "access_token", "testtoken",
                "app_key", "testappkey",
                "method", "jingdong.pop.order.search",
                "timestamp", "2024-01-15 10:30:00",
                "v", "2.0",
                "360buy_param_json", "{\"dateType\":0,\"end_date\":\"2024-01-15 10:00:00\",\"optional_fields\":"
                        + "\"orderId,orderState\",\"order_state\":\"WAIT_SELLER_STOCK_OUT\",\"page\":\"1\","
                        + "\"page_size\":\"100\",\"sortType\":1,\"start_date\":\"2024-01-14 10:00:00\"}"));

        assertThat(new JdSigner().sign(params, "testsecret")).isEqualTo("4A3347BBB68969B7A9B27158D67FED5F");
    }
}
