package io.orderhub.common.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.orderhub.common.testapp.TestApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The executor's health component {@code xxlJobAdmin} follows the registry beat's real outcome against an admin
 * (a MockWebServer answering {@code /api/registry} as the admin 3.3.2 does), and each handler run is timed.
 */
class ExecutorHealthAndRunTimeIT {

    private static final String TOKEN = "k9F2m1QpZ7xW4vB8nR3t";

    private final MockWebServer admin = new MockWebServer();

    @BeforeEach
    void startAdmin() throws IOException {
        admin.start();
    }

    @AfterEach
    void stopAdmin() {
        admin.close();
    }

    @Test
    void acceptedRegistrationIsUpNamingTheAdmin() throws Exception {
        admin.enqueue(adminReply("{\"code\":200,\"msg\":null,\"data\":null}"));
        admin.enqueue(adminReply("{\"code\":200,\"msg\":null,\"data\":null}")); // registryRemove at shutdown
        String adminUrl = admin.url("/xxl-job-admin").toString();

        try (ConfigurableApplicationContext context = startExecutor(freePort(), adminUrl)) {
            Health health = awaitBeyondUnknown(context);

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("registration", "REGISTERED")
                    .containsEntry("admin", adminUrl).containsEntry("appName", "oms-job-test");
            assertThat(health.getDetails().toString()).doesNotContain(TOKEN);
        }
    }

    @Test
    void refusedRegistrationIsDownWithTheAdminsReason() throws Exception {
        admin.enqueue(adminReply("{\"code\":500,\"msg\":\"The access token is wrong.\"}"));
        admin.enqueue(adminReply("{\"code\":500,\"msg\":\"The access token is wrong.\"}")); // registryRemove

        try (ConfigurableApplicationContext context = startExecutor(freePort(), admin.url("/xxl-job-admin").toString())) {
            Health health = awaitBeyondUnknown(context);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("registration", "REFUSED")
                    .containsEntry("reason", "admin answered code 500: The access token is wrong.")
                    .containsEntry("failuresInARow", 1);
            assertThat(health.getDetails().toString()).doesNotContain(TOKEN);
        }
    }

    @Test
    void withoutAnAdminTheRegistrationIsUnknownNeverUp() throws Exception {
        try (ConfigurableApplicationContext context = startExecutor(freePort(), "")) {
            Health health = indicator(context).health();

            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.getDetails()).containsEntry("registration", "NO_ADMIN")
                    .containsEntry("reason", "oms.xxl.admin-addresses is empty");
        }
    }

    @Test
    void eachHandlerRunIsTimedByHandlerAndOutcome() throws Exception {
        int port = freePort();
        try (ConfigurableApplicationContext context = startExecutor(port, "")) {
            MeterRegistry meters = context.getBean(MeterRegistry.class);

            assertThat(trigger(port, 1, "{\\\"message\\\":\\\"hi\\\",\\\"times\\\":2}")).contains("\"code\":200");
            assertThat(trigger(port, 2, "{\\\"times\\\":0}")).contains("\"code\":200");

            Timer succeeded = await(() -> meters.find(TimedJobHandler.METRIC).tags("handler", "echo", "outcome", "success")
                    .timer());
            Timer failed = await(() -> meters.find(TimedJobHandler.METRIC).tags("handler", "echo", "outcome", "failure")
                    .timer());
            assertThat(succeeded.count()).isOne();
            assertThat(failed.count()).isOne();
        }
    }

    private ConfigurableApplicationContext startExecutor(int port, String adminAddresses) {
        return new SpringApplicationBuilder(TestApplication.class)
                .run("--oms.xxl.enabled=true", "--oms.xxl.access-token=" + TOKEN, "--oms.xxl.port=" + port,
                        "--oms.xxl.admin-addresses=" + adminAddresses, "--oms.xxl.app-name=oms-job-test",
                        "--oms.xxl.log-path=target/xxl-job-logs", "--spring.main.keep-alive=false");
    }

    private static HealthIndicator indicator(ConfigurableApplicationContext context) {
        return context.getBean("xxlJobAdminHealthIndicator", HealthIndicator.class);
    }

    /** The health once the first beat finished (it runs on a thread of its own right after start-up). */
    private static Health awaitBeyondUnknown(ConfigurableApplicationContext context) throws InterruptedException {
        Health health = indicator(context).health();
        for (int i = 0; i < 500 && health.getStatus().equals(Status.UNKNOWN); i++) {
            Thread.sleep(20);
            health = indicator(context).health();
        }
        return health;
    }

    private static <T> T await(Supplier<T> found) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not recorded within 10 s");
    }

    private static MockResponse adminReply(String json) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json;charset=UTF-8").body(json)
                .build();
    }

    /** Triggers the echo handler as the admin does ({@code POST /run}); the job runs on xxl-job-core's job thread. */
    private static String trigger(int port, int jobId, String escapedParameter) throws Exception {
        String body = "{\"jobId\":" + jobId + ",\"executorHandler\":\"echo\",\"executorParams\":\"" + escapedParameter
                + "\",\"executorBlockStrategy\":\"SERIAL_EXECUTION\",\"executorTimeout\":0,\"logId\":" + jobId
                + ",\"logDateTime\":" + System.currentTimeMillis() + ",\"glueType\":\"BEAN\",\"glueSource\":\"\","
                + "\"glueUpdatetime\":0,\"broadcastIndex\":0,\"broadcastTotal\":1}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/run"))
                .header("XXL-JOB-ACCESS-TOKEN", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
