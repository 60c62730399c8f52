package io.orderhub.common.alert.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;

/**
 * DingTalk custom robot (自定义机器人), {@code msgtype} markdown. With the "加签" security setting the URL gets
 * {@code timestamp} (ms) and {@code sign} = urlencode(Base64(HmacSHA256(secret, timestamp + "\n" + secret))).
 * Success is {@code {"errcode":0}}; 130101 means "sending too fast" (about 20/minute, then throttled 10 minutes).
 */
public final class DingTalkNotifier implements Notifier {

    /** DingTalk cuts markdown at about 20,000 bytes; stay below it. */
    static final int MAX_MARKDOWN_BYTES = 18_000;
    private static final long RATE_LIMITED = 130101;

    private final String receiver;
    private final OkHttpClient http;
    private final HttpUrl webhook;
    private final String secret;
    private final Clock clock;

    /**
     * @param webhook the robot URL with its {@code access_token} (a secret: never logged)
     * @param secret  the signing secret, or null when the robot uses keywords or an IP allow-list instead
     */
    public DingTalkNotifier(String receiver, OkHttpClient http, String webhook, String secret, Clock clock) {
        this.receiver = receiver;
        this.http = http;
        this.webhook = WebhookUrls.parse(webhook, receiver);
        this.secret = secret;
        this.clock = clock;
    }

    @Override
    public int capacity(Notification notification) {
        return new NotificationText(notification).markdownCapacity(MAX_MARKDOWN_BYTES);
    }

    @Override
    public void send(Notification notification) {
        NotificationText text = new NotificationText(notification);
        post(text.title(), text.markdown(MAX_MARKDOWN_BYTES));
    }

    @Override
    public void sendComposed(ComposedMessage message) {
        post(message.subject(), message.markdownWithin(MAX_MARKDOWN_BYTES, receiver));
    }

    private void post(String title, String text) {
        Map<String, Object> markdown = new LinkedHashMap<>();
        markdown.put("title", title);
        markdown.put("text", text);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgtype", "markdown");
        body.put("markdown", markdown);
        JsonNode reply = JsonPost.reply(JsonPost.post(http, signedUrl(), body, receiver, null), receiver);
        long errcode = reply.path("errcode").asLong(-1);
        if (errcode != 0) {
            throw new NotificationFailure(receiver, errcode == RATE_LIMITED ? "RATE_LIMITED" : "PLATFORM_ERROR",
                    "errcode " + errcode + " " + JsonPost.shorten(reply.path("errmsg").asString("")), errcode == RATE_LIMITED);
        }
    }

    private HttpUrl signedUrl() {
        if (secret == null) {
            return webhook;
        }
        String timestamp = Long.toString(clock.millis());
        String sign = URLEncoder.encode(HmacSha256.base64(secret, timestamp + "\n" + secret), StandardCharsets.UTF_8);
        return webhook.newBuilder()
                .addQueryParameter("timestamp", timestamp)
                .addEncodedQueryParameter("sign", sign)
                .build();
    }
}
