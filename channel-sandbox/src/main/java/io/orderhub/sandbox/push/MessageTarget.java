package io.orderhub.sandbox.push;

import java.time.Duration;
import java.util.List;

/**
 * Who a pushed message goes to, with that sender's retry schedule (docs/callbacks.md): the delays between attempts,
 * so {@code attempts = delays + 1}. Delays are scaled by {@link PushSettings#timeFactor()}.
 */
public enum MessageTarget {
    /** Taobao-style order push: 7 attempts, 10 s, 30 s, 1 m, 5 m, 15 m, 1 h. */
    TAOBAO(seconds(10, 30, 60, 300, 900, 3600)),
    /** Alipay async notify: 4 m, 10 m, 10 m, 1 h, 2 h, 6 h, 15 h (8 attempts, about 25 hours). */
    ALIPAY(seconds(240, 600, 600, 3600, 7200, 21_600, 54_000)),
    /** WeChat Pay v3: 15 s, 15 s, 30 s, 3 m, 10 m, 20 m, 30 m, 30 m, 30 m, 60 m, 3 h, 3 h, 3 h, 6 h, 6 h (≈ 24 h). */
    WECHATPAY(seconds(15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10_800, 10_800, 10_800, 21_600, 21_600));

    private final List<Duration> retryDelays;

    MessageTarget(List<Duration> retryDelays) {
        this.retryDelays = retryDelays;
    }

    public List<Duration> retryDelays() {
        return retryDelays;
    }

    public int maxAttempts() {
        return retryDelays.size() + 1;
    }

    private static List<Duration> seconds(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }
}
