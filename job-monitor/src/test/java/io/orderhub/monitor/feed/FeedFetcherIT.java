package io.orderhub.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.testing.EndlessBody;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

/** The fetcher against a real HTTP server: the exact conditional request on the wire, limits, timeouts. */
class FeedFetcherIT {

    @StartStop
    final MockWebServer server = new MockWebServer();

    final FeedFetcher fetcher = new FeedFetcher(new HttpClientFactory(), "test-agent");

    FeedProperties.Resolved feed(String url, Duration timeout, long maxBytes, boolean allowPrivateRedirects) {
        return new FeedProperties.Feed("f", url, FeedKind.RSS, null, null, null, null, null, null,
                allowPrivateRedirects, timeout, DataSize.ofBytes(maxBytes), null)
                .resolve(new FeedProperties.Defaults(null, null, null, 3, null, null, null, "test-agent"),
                        new SecretResolver(new MockEnvironment()));
    }

    FeedResponse fetch(String etag, String lastModified, long maxBytes) throws FeedFailure {
        return fetcher.fetch(feed(server.url("/feed").toString(), Duration.ofSeconds(2), maxBytes, false), etag,
                lastModified);
    }

    @Test
    void firstPollIsUnconditionalAndKeepsTheValidators() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("ETag", "\"v1\"")
                .addHeader("Last-Modified", "Fri, 20 Nov 2026 02:00:00 GMT")
                .addHeader("Content-Type", "application/rss+xml").body("<rss/>").build());

        FeedResponse response = fetch(null, null, 1000);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("If-None-Match")).isNull();
        assertThat(request.getHeaders().get("If-Modified-Since")).isNull();
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("test-agent");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.etag()).isEqualTo("\"v1\"");
        assertThat(response.lastModified()).isEqualTo("Fri, 20 Nov 2026 02:00:00 GMT");
        assertThat(response.contentType()).isEqualTo("application/rss+xml");
    }

    @Test
    void storedValidatorsAreSentBackAnd304KeepsThem() throws Exception {
        server.enqueue(new MockResponse.Builder().code(304).build());

        FeedResponse response = fetch("\"v1\"", "Fri, 20 Nov 2026 02:00:00 GMT", 1000);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(request.getHeaders().get("If-Modified-Since")).isEqualTo("Fri, 20 Nov 2026 02:00:00 GMT");
        assertThat(response.notModified()).isTrue();
        assertThat(response.etag()).isEqualTo("\"v1\"");
        assertThat(response.lastModified()).isEqualTo("Fri, 20 Nov 2026 02:00:00 GMT");
    }

    @Test
    void declaredHugeBodyIsRefusedBeforeReading() {
        server.enqueue(new MockResponse.Builder().body("x".repeat(5000)).build());

        assertThatThrownBy(() -> fetch(null, null, 1000)).isInstanceOf(FeedFailure.class)
                .satisfies(e -> assertThat(((FeedFailure) e).reason()).isEqualTo("TOO_LARGE"))
                .hasMessageContaining("Content-Length 5000");
    }

    @Test
    void endlessChunkedBodyIsCutOffAtTheLimit() {
        server.enqueue(new MockResponse.Builder().body(new EndlessBody("<item>endless</item>".repeat(50))).build());

        long started = System.nanoTime();
        assertThatThrownBy(() -> fetch(null, null, 64 * 1024)).isInstanceOf(FeedFailure.class)
                .satisfies(e -> assertThat(((FeedFailure) e).reason()).isEqualTo("TOO_LARGE"))
                .hasMessageContaining("cut off after");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void slowServerTimesOut() {
        server.enqueue(new MockResponse.Builder().body("<rss/>").headersDelay(1500, TimeUnit.MILLISECONDS).build());

        assertThatThrownBy(() -> fetcher.fetch(feed(server.url("/feed").toString(), Duration.ofMillis(300), 1000,
                false), null, null)).isInstanceOf(FeedFailure.class)
                .satisfies(e -> assertThat(((FeedFailure) e).reason()).isEqualTo("TIMEOUT"));
    }

    @Test
    void serverErrorIsAnHttpStatusFailure() {
        server.enqueue(new MockResponse.Builder().code(503).body("busy").build());

        assertThatThrownBy(() -> fetch(null, null, 1000)).isInstanceOf(FeedFailure.class)
                .satisfies(e -> assertThat(((FeedFailure) e).reason()).isEqualTo("HTTP_STATUS"))
                .hasMessageContaining("503");
    }

    @Test
    void errorsShowTheFeedUrlWithItsKeyMaskedAndNeverTheResponseBody() {
        server.enqueue(new MockResponse.Builder().code(403).body("<html>invalid key s3cr3t-k3y for user 42</html>")
                .build());

        assertThatThrownBy(() -> fetcher.fetch(feed(server.url("/feed?key=s3cr3t-k3y").toString(),
                Duration.ofSeconds(2), 1000, false), null, null)).isInstanceOf(FeedFailure.class)
                .hasMessage("HTTP 403 from " + server.url("/feed") + "?key=***")
                .satisfies(e -> assertThat(((FeedFailure) e).describe()).doesNotContain("s3cr3t").doesNotContain("html"));
    }

    @Test
    void redirectToLoopbackIsRefusedUnlessTheFeedAllowsIt() throws Exception {
        String internal = "http://127.0.0.1:" + server.getPort() + "/admin/internal";
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", internal).build());

        assertThatThrownBy(() -> fetch(null, null, 1000)).isInstanceOf(FeedFailure.class)
                .satisfies(e -> {
                    assertThat(((FeedFailure) e).reason()).isEqualTo("REDIRECT_REFUSED");
                    assertThat(e.getMessage()).contains("redirect to 127.0.0.1 refused")
                            .contains("oms.monitor.feeds[f].allow-private-redirects");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);

        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", internal).build());
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());
        FeedResponse allowed = fetcher.fetch(feed(server.url("/feed").toString(), Duration.ofSeconds(2), 1000, true),
                null, null);

        assertThat(new String(allowed.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        server.takeRequest();
        server.takeRequest();
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/admin/internal");
    }
}
