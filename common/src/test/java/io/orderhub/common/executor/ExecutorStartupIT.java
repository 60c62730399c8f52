package io.orderhub.common.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.testapp.TestApplication;
import io.orderhub.common.testing.ListeningSockets;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Start-up of a real executor: refused when insecure, bound to the configured interface when not. */
class ExecutorStartupIT {

    private static final String STRONG_TOKEN = "k9F2m1QpZ7xW4vB8nR3t";

    private static ConfigurableApplicationContext start(String token, int port) {
        return new SpringApplicationBuilder(TestApplication.class)
                .run("--oms.xxl.enabled=true", "--oms.xxl.access-token=" + token, "--oms.xxl.port=" + port,
                        "--oms.xxl.log-path=target/xxl-job-logs", "--spring.main.keep-alive=false");
    }

    @Test
    void emptyTokenFailsStartUpNamingTheProperty() {
        assertThatThrownBy(() -> start("", freePort()))
                .rootCause()
                .isInstanceOf(InsecureExecutorException.class)
                .hasMessageContaining("oms.xxl.access-token is empty");
    }

    @Test
    void defaultTokenFailsStartUp() {
        assertThatThrownBy(() -> start("default_token", freePort()))
                .rootCause()
                .hasMessageContaining("oms.xxl.access-token is XXL-JOB's well-known default");
    }

    @Test
    void shortTokenFailsStartUp() {
        assertThatThrownBy(() -> start("short-token", freePort()))
                .rootCause()
                .hasMessageContaining("oms.xxl.access-token is shorter than 16 characters");
    }

    @Test
    void executorListensOnLoopbackOnlyAndChecksTheToken() throws Exception {
        int port = freePort();
        try (ConfigurableApplicationContext context = start(STRONG_TOKEN, port)) {
            assertThat(ListeningSockets.addressesOnceBound(port)).containsExactly("127.0.0.1");

            assertThat(beat(port, STRONG_TOKEN)).contains("\"code\":200");
            assertThat(beat(port, "wrong-token-wrong-token")).contains("The access token is wrong");
        }
    }

    @Test
    void glueTriggersAreRefusedByDefault() throws Exception {
        int port = freePort();
        try (ConfigurableApplicationContext context = start(STRONG_TOKEN, port)) {
            String body = "{\"jobId\":1,\"executorHandler\":\"\",\"glueType\":\"GLUE_SHELL\","
                    + "\"glueSource\":\"touch /tmp/pwned\",\"glueUpdatetime\":1,\"logId\":1,\"logDateTime\":1}";

            assertThat(post(port, "/run", STRONG_TOKEN, body)).contains("GLUE jobs (GLUE_SHELL) are disabled");
        }
    }

    @Test
    void triggerWithoutGlueTypeIsRefusedWithoutShowingNull() throws Exception {
        int port = freePort();
        try (ConfigurableApplicationContext context = start(STRONG_TOKEN, port)) {
            String body = "{\"jobId\":1,\"executorHandler\":\"demo\",\"logId\":1,\"logDateTime\":1}";

            assertThat(post(port, "/run", STRONG_TOKEN, body))
                    .contains("trigger refused: it names no glue type; only BEAN jobs run on this executor")
                    .doesNotContain("null");
        }
    }

    private static String beat(int port, String token) throws Exception {
        return post(port, "/beat", token, "{}");
    }

    private static String post(int port, String path, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("XXL-JOB-ACCESS-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
