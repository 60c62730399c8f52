package io.orderhub.common.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class FeishuNotifierIT extends NotifierContract {

    @Override
    Notifier notifier(String url) {
        return new FeishuNotifier("ops", http, url, SECRET, clock);
    }

    @Override
    String url() {
        return server.url("/open-apis/bot/v2/hook/" + TOKEN).toString();
    }

    @Override
    MockResponse okReply() {
        return new MockResponse.Builder().body("{\"code\":0,\"data\":{},\"msg\":\"success\"}").build();
    }

    @Override
    MockResponse refusal() {
        return new MockResponse.Builder()
                .body("{\"code\":19021,\"data\":{},\"msg\":\"sign match fail or timestamp is not within one hour from current time\"}")
                .build();
    }

    @Override
    String refusalText() {
        return "code 19021 sign match fail";
    }

    @Test
    void postsACardSignedWithTimestampInSecondsAndHmacKeyedByTimestampNewlineSecret() throws Exception {
        server.enqueue(okReply());

        notifier(url()).send(sample());

        RecordedRequest request = server.takeRequest();
        // The spec: timestamp (s) and sign = Base64(HmacSHA256(key = timestamp + "\n" + secret, msg = empty)).
        String timestamp = Long.toString(NOW.getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sign = Base64.getEncoder().encodeToString(mac.doFinal(new byte[0]));
        assertThat(json(request)).isEqualTo(JSON.readTree(JSON.writeValueAsString(Map.of(
                "timestamp", timestamp,
                "sign", sign,
                "msg_type", "interactive",
                "card", Map.of(
                        "header", Map.of("template", "red", "title", Map.of("tag", "plain_text",
                                "content", "[FIRING:1] SyncLag {alertname=SyncLag, channel=TAOBAO}")),
                        "elements", List.of(Map.of("tag", "div", "text", Map.of("tag", "lark_md",
                                "content", DingTalkNotifierIT.expectedMarkdown()))))))));
    }

    @Test
    void code9499IsARetryableRateLimit() {
        server.enqueue(new MockResponse.Builder().body("{\"code\":9499,\"msg\":\"too many request\"}").build());

        assertThatThrownBy(() -> notifier(url()).send(sample()))
                .isInstanceOfSatisfying(NotificationFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo("RATE_LIMITED");
                    assertThat(failure.retryable()).isTrue();
                });
    }

    @Test
    void legacyStatusCodeReplyIsUnderstood() {
        server.enqueue(new MockResponse.Builder().body("{\"StatusCode\":0,\"StatusMessage\":\"success\"}").build());

        notifier(url()).send(sample());

        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
