package io.orderhub.sandbox.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vector computed independently with Python's hashlib: MD5(secret + sorted name+value + secret), uppercase. */
class PddSignatureTest {
    @Test
    void matchesIndependentVector() {
        Map<String, String> p = new HashMap<>();
        p.put("type", "pdd.order.number.list.increment.get");
        p.put("client_id", "testclient");
        p.put("access_token", "testtoken");
        p.put("timestamp", "1705285800");
        p.put("data_type", "JSON");
        p.put("start_updated_at", "1705284000");
        p.put("end_updated_at", "1705285800");
        p.put("order_status", "5");
        p.put("refund_status", "5");
        p.put("page", "1");
        p.put("page_size", "100");
        p.put("use_has_next", "true");
        assertThat(PddSignature.sign(p, "testsecret")).isEqualTo("762D419C587B76A487A9B5A96CA579D3");
    }
}
