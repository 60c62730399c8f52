package io.orderhub.sandbox;

import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.payment.PaymentGatewaySpec;
import io.orderhub.sandbox.push.PushSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone entry point: {@code java -jar channel-sandbox-…-standalone.jar --port=18080 --orders=100000}.
 * Options: --port, --seed, --shops (per channel), --orders (per shop), --span-days, --now (ISO instant or
 * {@code yyyy-MM-dd HH:mm:ss} GMT+8), --inconsistent (fraction), --refund-not-reflected (fraction), --unlimited (no rate limits),
 * --cache-pages (keep rendered order lists, up to half the heap; --cache-pages-mb=N for another budget).
 * Push mode: --callback-url (receiver root), --callback-switch-at (instant, md5 → hmac-sha256), --push-rate (messages/s,
 * 0 = unlimited), --push-concurrency, --push-time-factor (retry delays × factor), --push-out-of-order (rate),
 * --push-duplicate (rate), --missing-notify (rate), --payment-gateways (name:ALIPAY|WECHATPAY:CHANNEL:shopId,…),
 * --push-start (start delivering at launch), --push-since (with --push-start: first emit the events since then).
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    /** An ISO instant ({@code …Z}) or {@code yyyy-MM-dd HH:mm:ss} in GMT+8. */
    static Instant instant(String text) {
        return text.endsWith("Z") ? Instant.parse(text) : LocalDateTime.parse(text, SimTime.TEXT).toInstant(SimTime.CHINA);
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            int eq = arg.indexOf('=');
            options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        ChannelSandbox.Builder builder = ChannelSandbox.builder()
                .seed(Long.parseLong(options.getOrDefault("seed", "20240115")))
                .shopsPerChannel(Integer.parseInt(options.getOrDefault("shops", "2")))
                .ordersPerShop(Integer.parseInt(options.getOrDefault("orders", "1000")))
                .span(Duration.ofDays(Long.parseLong(options.getOrDefault("span-days", "30"))))
                .inconsistentFraction(Double.parseDouble(options.getOrDefault("inconsistent", "0")))
                .refundNotReflectedFraction(Double.parseDouble(options.getOrDefault("refund-not-reflected", "0")));
        if (options.containsKey("now")) {
            builder.now(instant(options.get("now")));
        }
        if (options.containsKey("cache-pages-mb")) {
            builder.cachePages(Long.parseLong(options.get("cache-pages-mb")) * 1024 * 1024);
        } else if (Boolean.parseBoolean(options.getOrDefault("cache-pages", "false"))) {
            builder.cachePages(Runtime.getRuntime().maxMemory() / 2);
        }
        if (Boolean.parseBoolean(options.getOrDefault("unlimited", "false"))) {
            builder.unlimitedRateLimits();
        }
        PushSettings defaults = PushSettings.defaults();
        builder.push(defaults
                .withRate(Double.parseDouble(options.getOrDefault("push-rate", Double.toString(defaults.messagesPerSecond()))),
                        Integer.parseInt(options.getOrDefault("push-concurrency", Integer.toString(defaults.concurrency()))))
                .withTimeFactor(Double.parseDouble(options.getOrDefault("push-time-factor", "1")))
                .withFaults(Double.parseDouble(options.getOrDefault("push-out-of-order", "0")),
                        Double.parseDouble(options.getOrDefault("push-duplicate", "0")),
                        Double.parseDouble(options.getOrDefault("missing-notify", "0"))));
        if (options.containsKey("callback-url")) {
            builder.callbackBaseUrl(options.get("callback-url"));
        }
        if (options.containsKey("callback-switch-at")) {
            builder.callbackSignatureSwitchAt(instant(options.get("callback-switch-at")));
        }
        for (String gateway : options.getOrDefault("payment-gateways", "").split(",")) {
            if (!gateway.isBlank()) {
                builder.paymentGateway(PaymentGatewaySpec.parse(gateway));
            }
        }
        ChannelSandbox sandbox = builder.build().start(Integer.parseInt(options.getOrDefault("port", "18080")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        System.out.println("channel-sandbox listening on " + sandbox.url() + " (simulated now " + sandbox.now() + ")");
        for (Channel channel : Channel.values()) {
            System.out.println(channel + " gateway " + sandbox.url(channel));
            for (ShopCredentials shop : sandbox.shops(channel)) {
                System.out.println("  shop " + shop.shopId() + " appKey=" + shop.appKey());
            }
        }
        // Secrets stay off the console: GET /_sandbox/shops hands out the (fake) credentials.
        System.out.println("credentials: GET " + sandbox.url() + "_sandbox/shops");
        if (!sandbox.paymentGateways().isEmpty()) {
            System.out.println("payment gateway keys: GET " + sandbox.url() + "_sandbox/keys");
        }
        if (Boolean.parseBoolean(options.getOrDefault("push-start", "false"))) {
            String since = options.get("push-since");
            sandbox.startPush(since == null ? null : instant(since));
            System.out.println("pushing to " + sandbox.pushSettings().callbackBaseUrl());
        }
        stopped.await();
    }
}
