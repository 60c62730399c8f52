package io.orderhub.common.alert.notify;

import io.orderhub.common.alert.Alert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A plain JSON webhook in the shape of Alertmanager's webhook receiver (version 4), so tools that already take
 * Alertmanager's payload take ours: receiver, status, groupKey, groupLabels, commonLabels, commonAnnotations and
 * alerts[] with labels (incl. alertname, severity), annotations (summary, details), startsAt, endsAt (the zero
 * time {@code 0001-01-01T00:00:00Z} while firing, as Alertmanager sends), fingerprint and links. Any 2xx is success.
 */
public final class WebhookNotifier implements Notifier {

    static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private final String receiver;
    private final OkHttpClient http;
    private final HttpUrl url;
    private final String bearerToken;

    /** @param bearerToken sent as {@code Authorization: Bearer …} when not null */
    public WebhookNotifier(String receiver, OkHttpClient http, String url, String bearerToken) {
        this.receiver = receiver;
        this.http = http;
        this.url = WebhookUrls.parse(url, receiver);
        this.bearerToken = bearerToken;
    }

    @Override
    public void send(Notification notification) {
        JsonPost.post(http, url, payload(notification), receiver, bearerToken == null ? null : "Bearer " + bearerToken);
    }

    /** A composed message as {@code {"subject", "text", "html", "markdown"}}, with the same bearer token. */
    @Override
    public void sendComposed(ComposedMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", message.subject());
        body.put("text", message.plainText());
        body.put("html", message.html());
        body.put("markdown", message.markdown());
        JsonPost.post(http, url, body, receiver, bearerToken == null ? null : "Bearer " + bearerToken);
    }

    static Map<String, Object> payload(Notification notification) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "4");
        body.put("receiver", notification.receiver());
        body.put("status", notification.status().name().toLowerCase(java.util.Locale.ROOT));
        body.put("groupKey", notification.groupKey());
        body.put("truncatedAlerts", 0);
        body.put("groupLabels", notification.groupLabels());
        body.put("commonLabels", notification.commonLabels());
        body.put("commonAnnotations", notification.commonAnnotations());
        body.put("mergedGroups", notification.mergedGroups());
        body.put("test", notification.test());
        if (notification.intendedFor() != null) {
            body.put("intendedFor", notification.intendedFor()); // a fallback's copy: the receiver that failed
        }
        body.put("alerts", notification.alerts().stream().map(WebhookNotifier::alert).toList());
        return body;
    }

    private static Map<String, Object> alert(Alert alert) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", alert.isResolved() ? "resolved" : "firing");
        out.put("labels", AlertLabels.of(alert));
        out.put("annotations", AlertLabels.annotations(alert));
        out.put("startsAt", NotificationText.isoTime(alert.startsAt()));
        out.put("endsAt", alert.endsAt() == null ? ZERO_TIME : NotificationText.isoTime(alert.endsAt()));
        out.put("fingerprint", alert.fingerprint());
        List<Map<String, String>> links = alert.links().stream()
                .map(l -> Map.of("title", l.title(), "url", l.url())).toList();
        out.put("links", links);
        return out;
    }
}
