package io.orderhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.ListeningSockets;
import io.orderhub.common.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * job-report's management server has its own port (loopback by default), apart from the downloads' port: health with
 * the database, metrics.
 */
class ReportManagementEndpointsIT {

    @Test
    void healthIsUpWithTheDatabaseOnTheLoopbackManagementPort() throws Exception {
        int port = TestSocketUtils.findAvailableTcpPort();
        Map<String, Object> properties = new HashMap<>(TestDatabase.get().freshSchemaProperties());
        properties.put("management.server.port", port);
        try (ConfigurableApplicationContext report = new SpringApplicationBuilder(JobReportApplication.class)
                .profiles("test")
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("report-under-test", properties)))
                .run()) {
            assertThat(ListeningSockets.addressesOnceBound(port)).containsExactly("127.0.0.1");

            HttpResponse<String> health = get(port, "/actuator/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\":{\"details\":{\"database\":\"MariaDB\"")
                    .doesNotContain("jdbc:");
            assertThat(get(port, "/actuator/prometheus").body())
                    .contains("application=\"oms-job-report\"");
            assertThat(get(port, "/actuator/env").statusCode()).isEqualTo(404);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
