package io.orderhub.common.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class DingTalkNotifierIT extends NotifierContract {

    @Override
    Notifier notifier(String url) {
        return new DingTalkNotifier("ops", http, url, SECRET, clock);
    }

    @Override
    MockResponse okReply() {
        return new MockResponse.Builder().body("{\"errcode\":0,\"errmsg\":\"ok\"}").build();
    }

    @Override
    MockResponse refusal() {
        return new MockResponse.Builder().body("{\"errcode\":310000,\"errmsg\":\"sign not match\"}").build();
    }

    @Override
    String refusalText() {
        return "errcode 310000 sign not match";
    }

    static String expectedMarkdown() {
        var alerts = sample().alerts();
        return "### \\[FIRING:1\\] SyncLag {alertname=SyncLag, channel=TAOBAO}\n\n"
                + "- **FIRING WARNING** SyncLag {channel=TAOBAO, shop=1001}\n"
                + "  TAOBAO shop 1001 is 25 min behind\n"
                + "  cursor at 2026-11-11 09:35\n"
                + "  since 2026-11-11 09:40:00 GMT+8 · fp " + alerts.get(0).fingerprint().substring(0, 12) + "\n"
                + "  [runbook](https://wiki.example.com/sync-lag)\n"
                + "- **RESOLVED CRITICAL** SyncLag {channel=TAOBAO, shop=1002}\n"
                + "  TAOBAO shop 1002 is 70 min behind\n"
                + "  since 2026-11-11 09:00:00 GMT+8, resolved 2026-11-11 09:55:00 GMT+8 · fp "
                + alerts.get(1).fingerprint().substring(0, 12) + "\n";
    }

    @Test
    void postsMarkdownSignedWithTimestampInMillisAndHmacOfTimestampNewlineSecret() throws Exception {
        server.enqueue(okReply());

        notifier(url()).send(sample());

        RecordedRequest request = server.takeRequest();
        assertThat(json(request)).isEqualTo(JSON.readTree(JSON.writeValueAsString(java.util.Map.of(
                "msgtype", "markdown",
                "markdown", java.util.Map.of(
                        "title", "[FIRING:1] SyncLag {alertname=SyncLag, channel=TAOBAO}",
                        "text", expectedMarkdown())))));
        // The spec: timestamp (ms) and sign = urlencode(Base64(HmacSHA256(key=secret, msg=timestamp+"\n"+secret))).
        String timestamp = Long.toString(NOW.toEpochMilli());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String base64 = Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
        String query = request.getUrl().encodedQuery();
        assertThat(query).isEqualTo("access_token=" + TOKEN + "&timestamp=" + timestamp + "&sign="
                + URLEncoder.encode(base64, StandardCharsets.UTF_8));
        assertThat(request.getUrl().queryParameter("sign")).isEqualTo(base64);
    }

    @Test
    void robotWithoutSigningGetsThePlainUrl() throws Exception {
        server.enqueue(okReply());

        new DingTalkNotifier("ops", http, url(), null, clock).send(sample());

        assertThat(server.takeRequest().getUrl().encodedQuery()).isEqualTo("access_token=" + TOKEN);
    }

    @Test
    void sendingTooFastIsARetryableRateLimitFailure() {
        server.enqueue(new MockResponse.Builder().body("{\"errcode\":130101,\"errmsg\":\"send too fast\"}").build());

        assertThatThrownBy(() -> notifier(url()).send(sample()))
                .isInstanceOfSatisfying(NotificationFailure.class, f -> {
                    assertThat(f.reason()).isEqualTo("RATE_LIMITED");
                    assertThat(f.retryable()).isTrue();
                });
    }
}
