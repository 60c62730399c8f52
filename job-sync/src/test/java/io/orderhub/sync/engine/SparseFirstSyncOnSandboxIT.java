package io.orderhub.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.job.Shard;
import io.orderhub.common.testing.TestDatabase;
import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.http.RequestLog;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import io.orderhub.sync.stress.SandboxLink;
import io.orderhub.sync.stress.SandboxShopRegistration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first sync of a PDD shop that sold nothing for two weeks, as the platform paces it (5 calls a second, 30-minute
 * windows: some 670 empty windows, over two minutes), on two executors of one app that share the database, with a
 * 3-second lease. Judged from the sandbox's access log, not from our own account: one walker, forward, each empty
 * window asked once, never faster than the pace — and the run completes with every order and its cursor at the end.
 */
class SparseFirstSyncOnSandboxIT {
    private static final Duration LEASE_TTL = Duration.ofSeconds(3);
    private static final Duration EMPTY_SPAN = Duration.ofDays(14);

    static ChannelSandbox sandbox;
    static ConfigurableApplicationContext executorA;
    static ConfigurableApplicationContext executorB;

    @BeforeAll
    static void start() {
        // Orders in the last six hours only; the sandbox enforces PDD's published rate limit (no unlimited pacing).
        sandbox = ChannelSandbox.builder().seed(13).shopsPerChannel(1).ordersPerShop(40).span(Duration.ofHours(6))
                .build().start();
        Map<String, Object> properties = new HashMap<>(TestDatabase.get().freshSchemaProperties());
        properties.put("oms.sync.lease-ttl", LEASE_TTL.toSeconds() + "s");
        properties.put("oms.sync.settle-delay", "0s");
        properties.put("server.port", "0"); // two executors in one JVM: each its own callback port
        executorA = executor(properties);
        executorB = executor(properties);
    }

    private static ConfigurableApplicationContext executor(Map<String, Object> properties) {
        // First among the property sources, as FreshMariaDbSchema does: the test profile's H2 default must not win.
        return new SpringApplicationBuilder(JobSyncApplication.class).profiles("test")
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("executor-under-test", properties)))
                .run();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {executorA, executorB, sandbox}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // closing what is left
            }
        }
    }

    @Test
    void aFirstSyncOverWeeksOfEmptyWindowsAtPddPaceCompletesWhileASecondExecutorNeverPullsTheShop() throws Exception {
        SandboxLink link = new SandboxLink(HttpUrl.get("http://127.0.0.1:" + sandbox.port() + "/"), new HttpClientFactory());
        List<SandboxShop> shops = link.shops().stream().filter(shop -> shop.channel().name().equals("PDD")).toList();
        Clock clock = executorA.getBean(Clock.class);
        LocalDateTime syncStart = LocalDateTime.now(clock).minus(EMPTY_SPAN);
        for (ConfigurableApplicationContext executor : List.of(executorA, executorB)) {
            SandboxShopRegistration.register(link, shops, executor.getBean(ShopDirectory.class),
                    executor.getEnvironment(), clock, syncStart);
        }
        String shopId = shops.get(0).shopId();
        SyncRequest request = new SyncRequest(List.of(), List.of(shopId), null, null, null);

        CompletableFuture<String> runA = CompletableFuture.supplyAsync(() -> run(executorA, request));
        // The admin triggers the same job on the second executor every second while the first one walks.
        List<String> outcomesB = new ArrayList<>();
        Instant lastTriggerB = Instant.EPOCH;
        // The second executor starts once the first one holds the shop's lease: its first request has reached the
        // platform (a fixed head start loses on a loaded machine).
        Instant headStartLimit = Instant.now().plusSeconds(60);
        while (sandbox.requestLog().of(Channel.PDD, shopId).isEmpty() && !runA.isDone()) {
            assertThat(Instant.now()).as("the first executor's first request").isBefore(headStartLimit);
            Thread.sleep(20);
        }
        while (!runA.isDone()) {
            lastTriggerB = Instant.now();
            outcomesB.add(run(executorB, request));
            Thread.sleep(1000);
        }
        String summaryA = runA.get(1, TimeUnit.SECONDS);
        Instant endA = Instant.now();

        List<RequestLog.Entry> requests = sandbox.requestLog().of(Channel.PDD, shopId);
        assertThat(summaryA).contains("1 synced").doesNotContain("LEASE_LOST").doesNotContain("FAILED");
        // The walk lasted many lease lifetimes, and the second executor kept trying during it.
        Duration walk = Duration.between(requests.get(0).receivedAt(), requests.get(requests.size() - 1).receivedAt());
        assertThat(walk).isGreaterThan(LEASE_TTL.multipliedBy(20));
        assertThat(outcomesB).hasSizeGreaterThan(20)
                .allSatisfy(outcome -> assertThat(outcome).contains("SKIPPED_LEASED"));
        assertThat(lastTriggerB).isBefore(endA);
        // One walker: windows only move forward, each empty window asked for once, all of two weeks covered.
        long previousStart = Long.MIN_VALUE;
        Map<String, Integer> askedPerWindowPage = new HashMap<>();
        for (RequestLog.Entry entry : requests) {
            long start = Long.parseLong(entry.parameter("start_updated_at"));
            assertThat(start).as("window start after %s", previousStart).isGreaterThanOrEqualTo(previousStart);
            previousStart = start;
            askedPerWindowPage.merge(start + "/" + entry.parameter("page"), 1, Integer::sum);
        }
        long windows = askedPerWindowPage.keySet().stream().map(key -> key.substring(0, key.indexOf('/'))).distinct()
                .count();
        assertThat(windows).isGreaterThanOrEqualTo(EMPTY_SPAN.toMinutes() / 30);
        assertThat(askedPerWindowPage.values().stream().filter(times -> times > 1).count())
                .as("window pages asked for more than once").isLessThanOrEqualTo(2);
        // At PDD's pace, 5 calls a second: any 11 consecutive calls span about two seconds (arrival times jitter by
        // a few milliseconds, so 10% slack), and the sandbox, which enforces PDD's published limit, refused none.
        for (int i = 10; i < requests.size(); i++) {
            assertThat(Duration.between(requests.get(i - 10).receivedAt(), requests.get(i).receivedAt()))
                    .as("11 calls starting at request %d", i - 10).isGreaterThanOrEqualTo(Duration.ofMillis(1800));
        }
        assertThat(sandbox.stats().get("rateLimited.PDD")).isZero();
        // Complete: every order of the shop stored, the cursor at the end of the walk.
        JdbcTemplate jdbc = executorA.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE channel = 'PDD' AND shop_id = ?",
                Long.class, shopId)).isEqualTo(sandbox.truth(Channel.PDD, shopId).count());
        assertThat(jdbc.queryForObject("SELECT cursor_modified_at FROM sync_cursor WHERE channel = 'PDD' AND shop_id = ?",
                LocalDateTime.class, shopId)).isAfter(LocalDateTime.now(clock).minusMinutes(5));
    }

    /** The run's operator log and its outcome, as the admin console shows them. */
    private static String run(ConfigurableApplicationContext executor, SyncRequest request) {
        List<String> log = new ArrayList<>();
        JobContext context = new JobContext(Shard.SOLE,
                (pattern, args) -> log.add(MessageFormatter.arrayFormat(pattern, args).getMessage()));
        String outcome;
        try {
            outcome = executor.getBean(ChannelOrderSync.class).run(request, context);
        } catch (JobFailure failure) {
            outcome = "FAILED " + failure.getMessage();
        }
        return String.join("\n", log) + "\n" + outcome;
    }
}
