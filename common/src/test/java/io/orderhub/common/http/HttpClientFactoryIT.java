package io.orderhub.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.orderhub.common.testing.EndlessBody;
import java.io.IOException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The factory's clients against a real HTTP server on loopback: redirect guard, size cap, call log. */
class HttpClientFactoryIT {

    @StartStop
    final MockWebServer server = new MockWebServer();

    final HttpClientFactory factory = new HttpClientFactory();
    final HttpClientSettings settings = HttpClientSettings.named("test").withTimeouts(Duration.ofSeconds(2),
            Duration.ofSeconds(2), Duration.ofSeconds(5));

    String get(OkHttpClient client, String path) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(server.url(path)).build()).execute()) {
            return response.code() + " " + response.body().string();
        }
    }

    MockResponse redirectTo(String location) {
        return new MockResponse.Builder().code(302).addHeader("Location", location).build();
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedByDefault() {
        server.enqueue(redirectTo("http://127.0.0.1:" + server.getPort() + "/admin"));

        assertThatThrownBy(() -> get(factory.newClient(settings), "/start"))
                .isInstanceOf(RedirectRefusedException.class)
                .hasMessage("redirect to 127.0.0.1 refused: loopback, link-local and private addresses are not"
                        + " allowed for test");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRedirectToLoopbackIsFollowedWhenTheSettingsAllowPrivateTargets() throws Exception {
        server.enqueue(redirectTo("/moved"));
        server.enqueue(new MockResponse.Builder().body("here").build());

        assertThat(get(factory.newClient(settings.withPrivateRedirectTargets(true)), "/start")).isEqualTo("200 here");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/start");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/moved");
    }

    @Test
    void fiveHopsAreFollowedASixthFails() throws Exception {
        OkHttpClient client = factory.newClient(settings.withPrivateRedirectTargets(true));
        for (int i = 0; i < 5; i++) {
            server.enqueue(redirectTo("/hop" + i));
        }
        server.enqueue(new MockResponse.Builder().body("end").build());
        assertThat(get(client, "/start")).isEqualTo("200 end");

        for (int i = 0; i < 6; i++) {
            server.enqueue(redirectTo("/hop" + i));
        }
        assertThatThrownBy(() -> get(client, "/start")).isInstanceOf(RedirectRefusedException.class)
                .hasMessage("more than 5 redirects");
        assertThat(server.getRequestCount()).isEqualTo(6 + 6);
    }

    @Test
    void aRedirectIsTheAnswerWhenTheSettingsDoNotFollowThem() throws Exception {
        server.enqueue(redirectTo("/moved"));

        assertThat(get(factory.newClient(settings.withRedirects(HttpClientSettings.Redirects.NOT_FOLLOWED)),
                "/start")).isEqualTo("302 ");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a303AfterAPostContinuesAsAGetAndCredentialsStayWithTheirHost() throws Exception {
        String otherHost = server.getHostName().equals("localhost") ? "127.0.0.1" : "localhost"; // same server
        server.enqueue(new MockResponse.Builder().code(303)
                .addHeader("Location", "http://" + otherHost + ":" + server.getPort() + "/result").build());
        server.enqueue(new MockResponse.Builder().body("done").build());
        Request post = new Request.Builder().url(server.url("/submit")).header("Authorization", "Bearer t0ken")
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();

        try (Response response = factory.newClient(settings.withPrivateRedirectTargets(true)).newCall(post)
                .execute()) {
            assertThat(response.body().string()).isEqualTo("done");
        }
        server.takeRequest();
        RecordedRequest followed = server.takeRequest();
        assertThat(followed.getMethod()).isEqualTo("GET");
        assertThat(followed.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitFailsBeforeReadingNamingTheLimit() {
        server.enqueue(new MockResponse.Builder().body("x".repeat(5000)).build());

        assertThatThrownBy(() -> get(factory.newClient(settings.withMaxResponseBytes(1000)), "/big"))
                .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(1000))
                .hasMessage("test: Content-Length 5000 exceeds the limit of 1000 bytes");
    }

    @Test
    void anEndlessBodyIsCutOffJustPastTheLimit() {
        server.enqueue(new MockResponse.Builder().body(new EndlessBody("endless ".repeat(128))).build());

        long started = System.nanoTime();
        assertThatThrownBy(() -> get(factory.newClient(settings.withMaxResponseBytes(64 * 1024)), "/endless"))
                .isInstanceOf(ResponseTooLargeException.class)
                .hasMessageStartingWith("test: response cut off after ")
                .hasMessageEndingWith(" bytes (limit 65536)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws Exception {
        server.enqueue(new MockResponse.Builder().body("x".repeat(1000)).build());

        assertThat(get(factory.newClient(settings.withMaxResponseBytes(1000)), "/fits")).hasSize(4 + 1000);
    }

    @Test
    void theCallLogShowsEachRequestWithoutItsCredentials() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(CallLog.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level before = logger.getLevel();
        logger.addAppender(lines);
        logger.setLevel(Level.DEBUG);
        try {
            server.enqueue(new MockResponse.Builder().body("{}").build());
            get(factory.newClient(settings), "/robot/send?access_token=s3cr3t&msg=hi");
        } finally {
            logger.detachAppender(lines);
            logger.setLevel(before);
        }

        assertThat(lines.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .startsWith("test GET " + server.url("/robot/send") + "?access_token=***&msg=hi -> HTTP 200 in ")
                .doesNotContain("s3cr3t");
    }
}
