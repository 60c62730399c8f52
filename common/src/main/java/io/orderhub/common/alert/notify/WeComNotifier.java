package io.orderhub.common.alert.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;

/**
 * WeCom (企业微信) group robot, {@code msgtype} markdown, posted to {@code …/cgi-bin/webhook/send?key=KEY}.
 * Success is {@code {"errcode":0}}; 45009 is the frequency limit (20 messages/minute per robot).
 */
public final class WeComNotifier implements Notifier {

    /** WeCom refuses markdown content over 4096 bytes. */
    static final int MAX_MARKDOWN_BYTES = 4000;
    private static final long RATE_LIMITED = 45009;

    private final String receiver;
    private final OkHttpClient http;
    private final HttpUrl webhook;

    /** @param webhook the robot URL with its {@code key} (a secret: never logged) */
    public WeComNotifier(String receiver, OkHttpClient http, String webhook) {
        this.receiver = receiver;
        this.http = http;
        this.webhook = WebhookUrls.parse(webhook, receiver);
    }

    @Override
    public int capacity(Notification notification) {
        return new NotificationText(notification).markdownCapacity(MAX_MARKDOWN_BYTES);
    }

    @Override
    public void send(Notification notification) {
        post(new NotificationText(notification).markdown(MAX_MARKDOWN_BYTES));
    }

    @Override
    public void sendComposed(ComposedMessage message) {
        post(message.markdownWithin(MAX_MARKDOWN_BYTES, receiver));
    }

    private void post(String markdown) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgtype", "markdown");
        body.put("markdown", Map.of("content", markdown));
        JsonNode reply = JsonPost.reply(JsonPost.post(http, webhook, body, receiver, null), receiver);
        long errcode = reply.path("errcode").asLong(-1);
        if (errcode != 0) {
            throw new NotificationFailure(receiver, errcode == RATE_LIMITED ? "RATE_LIMITED" : "PLATFORM_ERROR",
                    "errcode " + errcode + " " + JsonPost.shorten(reply.path("errmsg").asString("")), errcode == RATE_LIMITED);
        }
    }
}
