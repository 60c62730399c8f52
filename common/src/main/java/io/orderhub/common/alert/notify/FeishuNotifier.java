package io.orderhub.common.alert.notify;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;

/**
 * Feishu/Lark custom bot (自定义机器人): an interactive card whose body is {@code lark_md}. With signature
 * verification on, the JSON body carries {@code timestamp} (seconds, as a string) and {@code sign} =
 * Base64(HmacSHA256(key = timestamp + "\n" + secret, message = empty)) — note the secret is in the key, unlike
 * DingTalk. Success is {@code {"code":0}}; 11232 and 9499 are frequency limits (100/minute, 5/second).
 */
public final class FeishuNotifier implements Notifier {

    /** Feishu refuses request bodies over 20 KB; the card's text stays well under. */
    static final int MAX_MARKDOWN_BYTES = 15_000;
    /** 11232: the bot's frequency limit; 9499 ("too many request") comes from the gateway in front of it. */
    private static final java.util.Set<Long> RATE_LIMITED = java.util.Set.of(11232L, 9499L);

    private final String receiver;
    private final OkHttpClient http;
    private final HttpUrl webhook;
    private final String secret;
    private final Clock clock;

    /**
     * @param webhook the bot URL ({@code …/open-apis/bot/v2/hook/<token>}: the token is a secret)
     * @param secret  the signing secret, or null when the bot has no signature verification
     */
    public FeishuNotifier(String receiver, OkHttpClient http, String webhook, String secret, Clock clock) {
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
        post(notification.status() == Notification.Status.FIRING ? "red" : "green", text.title(),
                text.markdown(MAX_MARKDOWN_BYTES));
    }

    @Override
    public void sendComposed(ComposedMessage message) {
        post("blue", message.subject(), message.markdownWithin(MAX_MARKDOWN_BYTES, receiver));
    }

    /** @param template the card header's colour */
    private void post(String template, String title, String markdown) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (secret != null) {
            String timestamp = Long.toString(clock.millis() / 1000);
            body.put("timestamp", timestamp);
            body.put("sign", HmacSha256.base64(timestamp + "\n" + secret, ""));
        }
        body.put("msg_type", "interactive");
        body.put("card", Map.of(
                "header", Map.of(
                        "template", template,
                        "title", Map.of("tag", "plain_text", "content", title)),
                "elements", List.of(Map.of("tag", "div",
                        "text", Map.of("tag", "lark_md", "content", markdown)))));
        JsonNode reply = JsonPost.reply(JsonPost.post(http, webhook, body, receiver, null), receiver);
        // Older deployments answer {"StatusCode":0,"StatusMessage":"success"} instead of {"code":0,"msg":"success"}.
        long code = reply.has("code") ? reply.path("code").asLong(-1) : reply.path("StatusCode").asLong(-1);
        if (code != 0) {
            String message = reply.has("msg") ? reply.path("msg").asString("") : reply.path("StatusMessage").asString("");
            boolean rateLimited = RATE_LIMITED.contains(code);
            throw new NotificationFailure(receiver, rateLimited ? "RATE_LIMITED" : "PLATFORM_ERROR",
                    "code " + code + " " + JsonPost.shorten(message), rateLimited);
        }
    }
}
