package io.orderhub.common.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testapp.TestApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registration with the admin, against a MockWebServer that answers {@code /xxl-job-admin/api/registry} as the
 * admin 3.3.2 does ({@code OpenApiController}: HTTP 200 with {@code {"code":500,"msg":"The access token is
 * wrong."}} for a token it does not know, {@code {"code":200}} when registered).
 */
@ExtendWith(OutputCaptureExtension.class)
class ExecutorRegistrationIT {

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

    private ConfigurableApplicationContext startExecutor(int port, String adminAddresses) {
        return new SpringApplicationBuilder(TestApplication.class)
                .run("--oms.xxl.enabled=true", "--oms.xxl.access-token=" + TOKEN, "--oms.xxl.port=" + port,
                        "--oms.xxl.admin-addresses=" + adminAddresses, "--oms.xxl.app-name=oms-job-test",
                        "--oms.xxl.log-path=target/xxl-job-logs", "--spring.main.keep-alive=false");
    }

    private static MockResponse adminReply(String json) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json;charset=UTF-8").body(json)
                .build();
    }

    /**
     * The registration's log line at {@code level} (the application's console log: Spring Boot re-initialises
     * logging at start-up, so the output is where lines are sure to arrive), once the beat logged it.
     */
    private static String awaitLine(CapturedOutput output, String level) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            for (String line : output.getOut().split("\n")) {
                if (line.contains(" " + level + " ") && line.contains("ExecutorRegistration")) {
                    return line.substring(line.indexOf(" : ") + 3).strip();
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + level + " line from the registration in:\n" + output.getOut());
    }

    @Test
    void refusedRegistrationIsAWarningNamingTheAdminAndItsReason(CapturedOutput output) throws Exception {
        admin.enqueue(adminReply("{\"code\":500,\"msg\":\"The access token is wrong.\"}"));
        admin.enqueue(adminReply("{\"code\":500,\"msg\":\"The access token is wrong.\"}")); // registryRemove
        int port = freePort();
        String adminUrl = admin.url("/xxl-job-admin").toString();

        try (ConfigurableApplicationContext context = startExecutor(port, adminUrl)) {
            RecordedRequest registry = admin.takeRequest(10, TimeUnit.SECONDS);

            assertThat(registry).isNotNull();
            assertThat(registry.getMethod()).isEqualTo("POST");
            assertThat(registry.getTarget()).isEqualTo("/xxl-job-admin/api/registry");
            assertThat(registry.getHeaders().get("XXL-JOB-ACCESS-TOKEN")).isEqualTo(TOKEN);
            assertThat(registry.getBody().utf8()).contains("\"registryGroup\":\"EXECUTOR\"",
                    "\"registryKey\":\"oms-job-test\"", "\"registryValue\":\"http://127.0.0.1:" + port + "/\"");
            assertThat(awaitLine(output, "WARN"))
                    .isEqualTo("registering oms-job-test at http://127.0.0.1:" + port + "/ with admin " + adminUrl
                            + " failed (1 time(s) in a row): admin answered code 500: The access token is wrong.;"
                            + " retrying every 30 s")
                    .doesNotContain(TOKEN);
        }
    }

    @Test
    void acceptedRegistrationIsOneInfoLineNamingExecutorAndAdmin(CapturedOutput output) throws Exception {
        admin.enqueue(adminReply("{\"code\":200,\"msg\":null,\"data\":null}"));
        admin.enqueue(adminReply("{\"code\":200,\"msg\":null,\"data\":null}")); // registryRemove at shutdown
        int port = freePort();
        String adminUrl = admin.url("/xxl-job-admin/").toString();

        try (ConfigurableApplicationContext context = startExecutor(port, adminUrl)) {
            assertThat(admin.takeRequest(10, TimeUnit.SECONDS).getTarget()).isEqualTo("/xxl-job-admin/api/registry");

            assertThat(awaitLine(output, "INFO")).isEqualTo("registered oms-job-test at"
                    + " http://127.0.0.1:" + port + "/ with admin " + adminUrl);
            assertThat(output.getOut()).doesNotContain("registering oms-job-test");
        }
    }

    @Test
    void unreachableAdminIsAWarningWithTheConnectionFailure(CapturedOutput output) throws Exception {
        int closedPort = freePort();
        int port = freePort();
        String adminUrl = "http://127.0.0.1:" + closedPort + "/xxl-job-admin";

        try (ConfigurableApplicationContext context = startExecutor(port, adminUrl)) {
            assertThat(awaitLine(output, "WARN"))
                    .startsWith("registering oms-job-test at http://127.0.0.1:" + port + "/ with admin " + adminUrl
                            + " failed (1 time(s) in a row): ")
                    .contains("Connect");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
