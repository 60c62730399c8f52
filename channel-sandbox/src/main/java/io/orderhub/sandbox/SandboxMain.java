package io.orderhub.sandbox;

import io.orderhub.sandbox.generator.SimTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone entry point: {@code java -jar channel-sandbox-…-standalone.jar --port=18080 --orders=100000}.
 * Options: --port, --seed, --shops (per channel), --orders (per shop), --span-days, --now (ISO instant or
 * {@code yyyy-MM-dd HH:mm:ss} GMT+8), --inconsistent (fraction), --refund-not-reflected (fraction), --unlimited (no rate limits).
 */
public final class SandboxMain {
    private SandboxMain() {
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
            String now = options.get("now");
            builder.now(now.endsWith("Z") ? Instant.parse(now)
                    : LocalDateTime.parse(now, SimTime.TEXT).toInstant(SimTime.CHINA));
        }
        if (Boolean.parseBoolean(options.getOrDefault("unlimited", "false"))) {
            builder.unlimitedRateLimits();
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
        stopped.await();
    }
}
