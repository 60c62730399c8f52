package io.orderhub.common.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class WeComNotifierIT extends NotifierContract {

    @Override
    Notifier notifier(String url) {
        return new WeComNotifier("ops", http, url);
    }

    @Override
    String url() {
        return server.url("/cgi-bin/webhook/send?key=" + TOKEN).toString();
    }

    @Override
    MockResponse okReply() {
        return new MockResponse.Builder().body("{\"errcode\":0,\"errmsg\":\"ok\"}").build();
    }

    @Override
    MockResponse refusal() {
        return new MockResponse.Builder().body("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}").build();
    }

    @Override
    String refusalText() {
        return "errcode 93000 invalid webhook url";
    }

    @Test
    void postsMarkdownContentToTheKeyedUrl() throws Exception {
        server.enqueue(okReply());

        notifier(url()).send(sample());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/cgi-bin/webhook/send");
        assertThat(request.getUrl().queryParameter("key")).isEqualTo(TOKEN);
        assertThat(json(request)).isEqualTo(JSON.readTree(JSON.writeValueAsString(Map.of(
                "msgtype", "markdown",
                "markdown", Map.of("content", DingTalkNotifierIT.expectedMarkdown())))));
    }

    @Test
    void composedMarkdownOverTheLimitIsRefusedWithoutARequest() {
        ComposedMessage large = new ComposedMessage("s", "t", "h", "准".repeat(1400));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifier(url()).sendComposed(large))
                .isInstanceOfSatisfying(NotificationFailure.class, f -> {
                    assertThat(f.reason()).isEqualTo("TOO_LARGE");
                    assertThat(f.retryable()).isFalse();
                    assertThat(f.getMessage()).contains("4200 bytes", "4000-byte limit");
                });
        assertThat(server.getRequestCount()).isZero();
    }
}
