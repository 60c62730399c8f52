package io.orderhub.sandbox.jd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JdSignatureTest {
    @Test
    void md5MatchesTheChannelsMdVector() {
        Map<String, String> p = new HashMap<>();
        p.put("access_token", "testtoken");
        p.put("app_key", "testappkey");
        p.put("method", "jingdong.pop.order.search");
        p.put("timestamp", "2024-01-15 10:30:00");
        p.put("v", "2.0");
        p.put("360buy_param_json", "{\"dateType\":0,\"end_date\":\"2024-01-15 10:00:00\",\"optional_fields\":"
                + "\"orderId,orderState\",\"order_state\":\"WAIT_SELLER_STOCK_OUT\",\"page\":\"1\",\"page_size\":"
                + "\"100\",\"sortType\":1,\"start_date\":\"2024-01-14 10:00:00\"}");
        assertThat(JdSignature.sign(p, "testsecret")).isEqualTo("4A3347BBB68969B7A9B27158D67FED5F");
    }

    @Test
    void unknownSignMethodHasNoSignature() {
        assertThat(JdSignature.sign(Map.of("sign_method", "sha1"), "s")).isNull();
    }
}
