package io.orderhub.monitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.ListeningSockets;
import io.orderhub.common.testing.TestDatabase;
import io.orderhub.monitor.JobMonitorApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.TestSocketUtils;

/**
 * job-monitor serves no HTTP of its own: its one port (loopback by default) is the management server, and its
 * Prometheus page counts the alerts firing in {@code alert_state}.
 */
class MonitorManagementEndpointsIT {

    @Test
    void healthIsUpAndAlertsFiringCountsOnlyAlertsThatHaveNotEnded() throws Exception {
        int port = TestSocketUtils.findAvailableTcpPort();
        Map<String, Object> properties = new HashMap<>(TestDatabase.get().freshSchemaProperties());
        properties.put("oms.metrics.db-gauge-ttl", "200ms");
        properties.put("server.port", port);
        try (ConfigurableApplicationContext monitor = new SpringApplicationBuilder(JobMonitorApplication.class)
                .profiles("test")
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("monitor-under-test", properties)))
                .run()) {
            assertThat(ListeningSockets.addressesOnceBound(port)).containsExactly("127.0.0.1");
            LocalDateTime now = LocalDateTime.now(monitor.getBean(Clock.class));
            JdbcTemplate jdbc = monitor.getBean(JdbcTemplate.class);
            insertAlert(jdbc, "a", "SyncLag", "warning", now.minusMinutes(10), null);
            insertAlert(jdbc, "b", "SyncLag", "warning", now.minusMinutes(20), null);
            insertAlert(jdbc, "c", "ChannelDown", "critical", now.minusHours(2), now.minusHours(1));
            insertAlert(jdbc, "d", "InboxBacklog", "critical", now.minusMinutes(5), now.plusHours(1));

            String scrape = awaitScrapeContaining(port, "alertname=\"SyncLag\"");

            assertThat(scrape).contains("oms_alerts_firing{alertname=\"SyncLag\",application=\"oms-job-monitor\","
                            + "severity=\"warning\"} 2.0")
                    .contains("oms_alerts_firing{alertname=\"InboxBacklog\",application=\"oms-job-monitor\","
                            + "severity=\"critical\"} 1.0")
                    .doesNotContain("alertname=\"ChannelDown\"");
            HttpResponse<String> health = get(port, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"db\":{").doesNotContain("jdbc:");
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(get(port, "/actuator/env").statusCode()).isEqualTo(404);
        }
    }

    private static void insertAlert(JdbcTemplate jdbc, String id, String name, String severity, LocalDateTime startsAt,
            LocalDateTime endsAt) {
        jdbc.update("INSERT INTO alert_state (fingerprint, name, severity, labels, summary, starts_at, ends_at,"
                + " last_posted_at) VALUES (?, ?, ?, '{}', 'test alert', ?, ?, ?)", id.repeat(64), name, severity,
                startsAt, endsAt, startsAt);
    }

    private static String awaitScrapeContaining(int port, String text) throws Exception {
        String scrape = get(port, "/actuator/prometheus").body();
        for (int i = 0; i < 100 && !scrape.contains(text); i++) {
            Thread.sleep(100);
            scrape = get(port, "/actuator/prometheus").body();
        }
        return scrape;
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
