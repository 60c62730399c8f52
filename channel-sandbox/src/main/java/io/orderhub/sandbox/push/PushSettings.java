package io.orderhub.sandbox.push;

/**
 * Push / callback mode settings (JSON uses the same names).
 *
 * @param callbackBaseUrl    receiver root: Taobao pushes go to {@code {base}/callbacks/taobao/{shopId}}, notifies to
 *                           {@code {base}/payments/alipay|wechatpay/{gateway}}; null = push mode off
 * @param messagesPerSecond  pacing over all attempts (first sends, retries, duplicates); 0 = unlimited
 * @param concurrency        parallel senders (so also at most this many requests in flight)
 * @param timeFactor         multiplies the platforms' retry delays (0.001: 10 s becomes 10 ms)
 * @param outOfOrderRate     fault: this fraction of first attempts is held back so later messages overtake it
 * @param duplicateRate      fault: this fraction of acknowledged messages is sent once more, same id
 * @param missingNotifyRate  fault: this fraction of paid orders of gateway shops (stable per order) never gets its
 *                           payment notify (the "paid but still awaiting payment" case)
 * @param requestTimeoutMillis connect/read timeout of one attempt; a timeout counts as a failed attempt
 */
public record PushSettings(String callbackBaseUrl, double messagesPerSecond, int concurrency, double timeFactor,
                           double outOfOrderRate, double duplicateRate, double missingNotifyRate,
                           long requestTimeoutMillis) {

    public PushSettings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("push concurrency must be ≥ 1: " + concurrency);
        }
        if (messagesPerSecond < 0 || timeFactor < 0 || requestTimeoutMillis < 1) {
            throw new IllegalArgumentException("messagesPerSecond and timeFactor must be ≥ 0, requestTimeoutMillis ≥ 1");
        }
        for (double rate : new double[] {outOfOrderRate, duplicateRate, missingNotifyRate}) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("fault rates are in [0, 1]: " + rate);
            }
        }
    }

    public static PushSettings defaults() {
        return new PushSettings(null, 200, 4, 1.0, 0, 0, 0, 5000);
    }

    public PushSettings withCallbackBaseUrl(String url) {
        return new PushSettings(url, messagesPerSecond, concurrency, timeFactor, outOfOrderRate, duplicateRate,
                missingNotifyRate, requestTimeoutMillis);
    }

    public PushSettings withRate(double perSecond, int parallel) {
        return new PushSettings(callbackBaseUrl, perSecond, parallel, timeFactor, outOfOrderRate, duplicateRate,
                missingNotifyRate, requestTimeoutMillis);
    }

    public PushSettings withTimeFactor(double factor) {
        return new PushSettings(callbackBaseUrl, messagesPerSecond, concurrency, factor, outOfOrderRate,
                duplicateRate, missingNotifyRate, requestTimeoutMillis);
    }

    public PushSettings withFaults(double outOfOrder, double duplicate, double missingNotify) {
        return new PushSettings(callbackBaseUrl, messagesPerSecond, concurrency, timeFactor, outOfOrder, duplicate,
                missingNotify, requestTimeoutMillis);
    }

    public PushSettings withRequestTimeoutMillis(long millis) {
        return new PushSettings(callbackBaseUrl, messagesPerSecond, concurrency, timeFactor, outOfOrderRate,
                duplicateRate, missingNotifyRate, millis);
    }
}
