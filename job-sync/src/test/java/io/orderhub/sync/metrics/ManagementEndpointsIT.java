package io.orderhub.sync.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.Shard;
import io.orderhub.common.testing.ListeningSockets;
import io.orderhub.common.testing.TestDatabase;
import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.engine.ChannelOrderSync;
import io.orderhub.sync.engine.SyncRequest;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.testing.RegisteredSandbox;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * job-sync's management endpoints as an operator scrapes them: the executor on MariaDB, the XXL-JOB executor on
 * without an admin, one JD shop synced from the sandbox over HTTP, then {@code /actuator/health} and
 * {@code /actuator/prometheus} read from the management port.
 */
class ManagementEndpointsIT {

    private static final String TOKEN = "metrics-executor-token-0123456789";

    static RegisteredSandbox sandbox;
    static ConfigurableApplicationContext executor;
    static int managementPort;

    @BeforeAll
    static void start() {
        sandbox = RegisteredSandbox.start(ChannelSandbox.builder().seed(29).shopsPerChannel(1).ordersPerShop(30)
                .span(Duration.ofHours(3)).unlimitedRateLimits());
        Map<String, Object> properties = new HashMap<>(TestDatabase.get().freshSchemaProperties());
        properties.put("oms.sync.settle-delay", "0s");
        properties.put("oms.metrics.db-gauge-ttl", "200ms");
        properties.put("oms.xxl.enabled", "true");
        properties.put("oms.xxl.access-token", TOKEN);
        properties.put("oms.xxl.port", String.valueOf(TestSocketUtils.findAvailableTcpPort()));
        properties.put("server.port", "0");
        executor = new SpringApplicationBuilder(JobSyncApplication.class).profiles("test")
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("executor-under-test", properties)))
                .run();
        managementPort = Integer.parseInt(executor.getEnvironment().getProperty("local.management.port"));
    }

    @AfterAll
    static void stop() {
        if (executor != null) {
            executor.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void managementPortListensOnLoopbackOnlyByDefault() throws Exception {
        assertThat(managementPort).isPositive();
        assertThat(ListeningSockets.addressesOnceBound(managementPort)).containsExactly("127.0.0.1");
    }

    @Test
    void healthIsUpWithTheDatabaseAndTellsTheAdminRegistrationIsUnknownWithoutAnAdmin() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(health.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        JsonNode components = body.path("components");
        assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("db").path("details").path("database").asString()).isEqualTo("MariaDB");
        assertThat(components.path("xxlJobAdmin").path("status").asString()).isEqualTo("UNKNOWN");
        assertThat(components.path("xxlJobAdmin").path("details").path("registration").asString())
                .isEqualTo("NO_ADMIN");
        assertThat(components.has("rabbit")).as("no broker health while oms.events.enabled is off").isFalse();
        assertThat(health.body()).doesNotContain("jdbc:").doesNotContain(TOKEN);
    }

    @Test
    void onlyHealthAndPrometheusAreExposed() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/metrics").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/configprops").statusCode()).isEqualTo(404);
        assertThat(get("/actuator").body()).contains("/actuator/health", "/actuator/prometheus")
                .doesNotContain("/actuator/env");
    }

    @Test
    void aSyncShowsItsOrdersCallsAndLagAndTheBacklogGaugesCountTheirTables() throws Exception {
        Clock clock = executor.getBean(Clock.class);
        SandboxShop shop = sandbox.register(executor.getBean(ShopDirectory.class), executor.getEnvironment(), clock,
                LocalDateTime.now(clock).minusHours(4), io.orderhub.common.order.Channel.JD).get(0);
        JdbcTemplate jdbc = executor.getBean(JdbcTemplate.class);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        jdbc.update("INSERT INTO inbox_message (source, channel, shop_id, received_at, body, state, reason)"
                + " VALUES ('TAOBAO_PUSH', 'TAOBAO', 'shop-x', ?, '{}', 'HELD', 'SIGNATURE_MISMATCH')", now);
        jdbc.update("INSERT INTO raw_payload (channel, shop_id, kind, received_at, content_hash, body_gzip, state, reason,"
                + " updated_at) VALUES ('JD', ?, 'ORDER', ?, ?, ?, 'QUARANTINED', 'UNKNOWN_STATUS', ?)",
                shop.shopId(), now, "0".repeat(64), new byte[] {0}, now);
        String shopTags = "channel=\"JD\",shop=\"" + shop.shopId() + "\"";
        double newBefore = value(scrape(), "oms_sync_orders_total", "change=\"new\"," + shopTags);

        String summary = executor.getBean(ChannelOrderSync.class).run(
                new SyncRequest(List.of(), List.of(shop.shopId()), null, null, null),
                new JobContext(Shard.SOLE, (pattern, args) -> { }));

        assertThat(summary).contains("1 synced");
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE channel = 'JD' AND shop_id = ?",
                Long.class, shop.shopId());
        assertThat(stored).isPositive();
        String metrics = awaitScrapeContaining("oms_sync_lag_seconds{");
        assertThat(newBefore).isZero();
        assertThat(value(metrics, "oms_sync_orders_total", "change=\"new\"," + shopTags)).isEqualTo(stored);
        // Every request the sandbox received from us, counted once.
        assertThat(value(metrics, "oms_platform_calls_total", "channel=\"JD\""))
                .isEqualTo(sandbox.sandbox().requestLog().of(Channel.JD, shop.shopId()).size());
        assertThat(value(metrics, "oms_sync_lag_seconds", shopTags)).isGreaterThanOrEqualTo(0).isLessThan(3600);
        assertThat(value(metrics, "oms_inbox_messages", "reason=\"SIGNATURE_MISMATCH\",state=\"held\"")).isEqualTo(1);
        assertThat(value(metrics, "oms_quarantine_size", "channel=\"JD\",reason=\"UNKNOWN_STATUS\""))
                .isEqualTo(1);
        assertThat(value(metrics, "oms_outbox_backlog", "state=\"parked\"")).isZero();
        assertThat(metrics).contains("# TYPE oms_platform_errors_total counter")
                .contains("# TYPE oms_platform_rate_limit_waits_seconds summary");
    }

    /** The value of the one sample of {@code metric} whose labels include {@code labels} (in Prometheus' order), 0 if none. */
    private static double value(String scrape, String metric, String labels) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
        while (sample.find()) {
            if (sample.group(1).contains(labels)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        return 0;
    }

    /** The gauges appear once the refresher read their tables after the sync (every 200 ms here). */
    private static String awaitScrapeContaining(String text) throws Exception {
        String scrape = scrape();
        for (int i = 0; i < 100 && !(scrape.contains(text) && scrape.contains("oms_quarantine_size{")
                && scrape.contains("oms_inbox_messages{")); i++) {
            Thread.sleep(100);
            scrape = scrape();
        }
        return scrape;
    }

    private static String scrape() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
