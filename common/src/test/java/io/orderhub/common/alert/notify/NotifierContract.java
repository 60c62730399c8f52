package io.orderhub.common.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every HTTP notifier promises, against a real HTTP server; each implementation adds its wire format. */
abstract class NotifierContract {

    static final String TOKEN = "tok3n-SECRET-in-url";
    static final String SECRET = "SECsigning-secret-0123456789abcdef";
    static final Instant NOW = Instant.parse("2026-11-11T02:00:00.123Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @StartStop
    final MockWebServer server = new MockWebServer();
    final MutableClock clock = new MutableClock(NOW);
    final OkHttpClient http = new OkHttpClient();

    /** The notifier under test, posting to {@code url} (which carries {@link #TOKEN}). */
    abstract Notifier notifier(String url);

    /** The platform's success reply. */
    abstract MockResponse okReply();

    /** A reply the platform uses to refuse a message, and a part of its message the failure must carry. */
    abstract MockResponse refusal();

    abstract String refusalText();

    String url() {
        return server.url("/robot/send?access_token=" + TOKEN).toString();
    }

    static Notification sample() {
        Alert lag = Alert.firing("SyncLag", Severity.WARNING, Map.of("channel", "TAOBAO", "shop", "1001"),
                "TAOBAO shop 1001 is 25 min behind", "cursor at 2026-11-11 09:35",
                List.of(new Alert.Link("runbook", "https://wiki.example.com/sync-lag")),
                Instant.parse("2026-11-11T01:40:00Z"));
        Alert down = Alert.firing("SyncLag", Severity.CRITICAL, Map.of("channel", "TAOBAO", "shop", "1002"),
                "TAOBAO shop 1002 is 70 min behind", "", List.of(), Instant.parse("2026-11-11T01:00:00Z"))
                .resolvedAt(Instant.parse("2026-11-11T01:55:00Z"));
        return new Notification("ops", "root:alertname=SyncLag;channel=TAOBAO;",
                new java.util.TreeMap<>(Map.of("alertname", "SyncLag", "channel", "TAOBAO")), List.of(lag, down), 1, false);
    }

    static JsonNode json(RecordedRequest request) {
        return JSON.readTree(request.getBody().utf8());
    }

    @Test
    void deliversOneJsonPostPerNotification() throws Exception {
        server.enqueue(okReply());

        notifier(url()).send(sample());

        assertThat(server.getRequestCount()).isEqualTo(1);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void refusalIsAFailureCarryingThePlatformsMessage() {
        server.enqueue(refusal());

        assertThatThrownBy(() -> notifier(url()).send(sample()))
                .isInstanceOf(NotificationFailure.class)
                .hasMessageContaining("receiver ops")
                .hasMessageContaining(refusalText());
    }

    @Test
    void serverErrorIsARetryableFailure() {
        server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());

        assertThatThrownBy(() -> notifier(url()).send(sample()))
                .isInstanceOfSatisfying(NotificationFailure.class, f -> {
                    assertThat(f.retryable()).isTrue();
                    assertThat(f.getMessage()).contains("HTTP 502");
                });
    }

    @Test
    void neitherMessageNorFailureContainsTheTokenOrTheSigningSecret() throws Exception {
        server.enqueue(okReply());
        server.enqueue(new MockResponse.Builder().code(500).body("error").build());
        Notifier notifier = notifier(url());

        notifier.send(sample());
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> notifier.send(sample()));

        String body = server.takeRequest().getBody().utf8();
        assertThat(body).doesNotContain(TOKEN).doesNotContain(SECRET);
        assertThat(failure.getMessage()).doesNotContain(TOKEN).doesNotContain(SECRET);
    }

    static ComposedMessage composed() {
        return new ComposedMessage("order-hub health report", "plain", "<p>html</p>",
                "### Report\n\n[Open the report](https://reports.example.com/reports/r.html?expires=1&sig=ab)\n");
    }

    @Test
    void composedMessageIsOnePostCarryingItsMarkdownWithoutTheTokenOrSecret() throws Exception {
        server.enqueue(okReply());

        notifier(url()).sendComposed(composed());

        assertThat(server.getRequestCount()).isEqualTo(1);
        String body = server.takeRequest().getBody().utf8();
        assertThat(body).contains("[Open the report](https://reports.example.com/reports/r.html?expires=1&sig=ab)")
                .doesNotContain(TOKEN).doesNotContain(SECRET);
    }

    @Test
    void composedMessageRefusalIsAFailureCarryingThePlatformsMessage() {
        server.enqueue(refusal());

        assertThatThrownBy(() -> notifier(url()).sendComposed(composed()))
                .isInstanceOf(NotificationFailure.class)
                .hasMessageContaining("receiver ops")
                .hasMessageContaining(refusalText());
    }
}
