package io.orderhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterminismIT {
    private static String pull(long seed, Instant now) {
        try (ChannelSandbox sandbox = ChannelSandbox.builder().seed(seed).ordersPerShop(3000).now(now)
                .unlimitedRateLimits().build().start()) {
            SignedCalls calls = new SignedCalls(sandbox);
            long end = now.getEpochSecond();
            Map<String, String> p = new HashMap<>();
            p.put("start_updated_at", Long.toString(end - 1800));
            p.put("end_updated_at", Long.toString(end));
            p.put("order_status", "5");
            p.put("refund_status", "5");
            p.put("page_size", "100");
            String pdd = calls.pdd(sandbox.shops(Channel.PDD).get(0), "pdd.order.number.list.increment.get", p).body();
            String truth = calls.get("/_sandbox/truth?channel=TAOBAO").body();
            return sandbox.shops(Channel.JD) + pdd + truth;
        }
    }

    @Test
    void sameSeedAndNowServeTheSameBytes() {
        Instant now = Instant.now().minusSeconds(600);
        assertThat(pull(77, now)).isEqualTo(pull(77, now));
        assertThat(pull(77, now)).isNotEqualTo(pull(78, now));
    }
}
