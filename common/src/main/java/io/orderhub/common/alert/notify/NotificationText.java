package io.orderhub.common.alert.notify;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.time.ReadableTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a message says, rendered once for every receiver: a title, IM markdown (escaped, cut to the platform's
 * size limit with a count of what was left out), plain text and HTML (escaped) for e-mail. Built only from the
 * alerts' own fields, so it cannot carry a webhook key or signing secret. Times are GMT+8 and say so
 * ({@code ReadableTime}).
 */
public final class NotificationText {

    /** Characters with a meaning in the markdown subsets DingTalk, WeCom and Feishu render. */
    private static final String MARKDOWN_SPECIAL = "\\`*_[]#>~|";

    private final Notification notification;

    public NotificationText(Notification notification) {
        this.notification = notification;
    }

    public String title() {
        if (notification.test()) {
            return "[TEST] order-hub alert test for receiver " + notification.receiver();
        }
        StringBuilder title = new StringBuilder("[").append(notification.status());
        if (notification.status() == Notification.Status.FIRING) {
            title.append(':').append(notification.firing().size());
        }
        title.append("] ");
        if (notification.mergedGroups() > 1) {
            title.append(notification.alerts().size()).append(" alerts of ").append(notification.mergedGroups())
                    .append(" groups (merged: rate limit)");
        } else {
            List<String> names = notification.alerts().stream().map(Alert::name).distinct().toList();
            title.append(String.join(", ", names));
            if (!notification.groupLabels().isEmpty()) {
                title.append(' ').append(labelText(notification.groupLabels()));
            }
        }
        return title.toString();
    }

    /** IM markdown, escaped, at most {@code maxBytes} UTF-8 bytes. */
    public String markdown(int maxBytes) {
        StringBuilder out = new StringBuilder("### ").append(escapeMarkdown(title())).append("\n\n");
        if (notification.test()) {
            out.append(escapeMarkdown("This is a test message; no alert is firing.")).append('\n');
            return out.toString();
        }
        List<Alert> alerts = ordered();
        for (int i = 0; i < alerts.size(); i++) {
            String entry = markdownEntry(alerts.get(i));
            String more = "\n" + escapeMarkdown("… and " + (alerts.size() - i) + " more alerts not shown (message size limit)") + "\n";
            int remainingAfter = alerts.size() - i - 1;
            int reserve = remainingAfter > 0 ? bytes(more) : 0;
            if (bytes(out) + bytes(entry) + reserve > maxBytes) {
                out.append(more);
                break;
            }
            out.append(entry);
        }
        return out.toString();
    }

    public String plainText() {
        StringBuilder out = new StringBuilder(title()).append("\n\n");
        if (notification.test()) {
            return out.append("This is a test message; no alert is firing.\n").toString();
        }
        for (Alert alert : ordered()) {
            out.append(alert.isResolved() ? "RESOLVED " : "FIRING ").append(alert.severity()).append(' ')
                    .append(alert.name()).append(' ').append(labelText(alert.labels())).append('\n');
            if (!alert.summary().isEmpty()) {
                out.append("  ").append(alert.summary()).append('\n');
            }
            if (!alert.details().isEmpty()) {
                out.append("  ").append(alert.details().replace("\n", "\n  ")).append('\n');
            }
            out.append("  ").append(times(alert)).append(" · fp ").append(shortFingerprint(alert)).append('\n');
            for (Alert.Link link : alert.links()) {
                out.append("  ").append(link.title()).append(": ").append(link.url()).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    public String html() {
        StringBuilder out = new StringBuilder("<html><body><h3>").append(escapeHtml(title())).append("</h3>");
        if (notification.test()) {
            return out.append("<p>This is a test message; no alert is firing.</p></body></html>").toString();
        }
        out.append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">")
                .append("<tr><th>status</th><th>severity</th><th>alert</th><th>labels</th><th>summary</th><th>since</th></tr>");
        for (Alert alert : ordered()) {
            out.append("<tr><td>").append(alert.isResolved() ? "RESOLVED" : "FIRING")
                    .append("</td><td>").append(alert.severity())
                    .append("</td><td>").append(escapeHtml(alert.name()))
                    .append("</td><td>").append(escapeHtml(labelText(alert.labels())))
                    .append("</td><td>").append(escapeHtml(alert.summary()));
            if (!alert.details().isEmpty()) {
                out.append("<br><small>").append(escapeHtml(alert.details()).replace("\n", "<br>")).append("</small>");
            }
            for (Alert.Link link : alert.links()) {
                out.append("<br><a href=\"").append(escapeHtml(link.url())).append("\">")
                        .append(escapeHtml(link.title())).append("</a>");
            }
            out.append("</td><td>").append(escapeHtml(times(alert))).append(" · fp ").append(shortFingerprint(alert))
                    .append("</td></tr>");
        }
        return out.append("</table></body></html>").toString();
    }

    private List<Alert> ordered() {
        return java.util.stream.Stream.concat(notification.firing().stream(), notification.resolved().stream()).toList();
    }

    private static String markdownEntry(Alert alert) {
        StringBuilder entry = new StringBuilder("- **").append(alert.isResolved() ? "RESOLVED" : "FIRING")
                .append(' ').append(alert.severity()).append("** ").append(escapeMarkdown(alert.name()));
        if (!alert.labels().isEmpty()) {
            entry.append(' ').append(escapeMarkdown(labelText(alert.labels())));
        }
        entry.append('\n');
        if (!alert.summary().isEmpty()) {
            entry.append("  ").append(escapeMarkdown(alert.summary())).append('\n');
        }
        if (!alert.details().isEmpty()) {
            entry.append("  ").append(escapeMarkdown(alert.details()).replace("\n", "\n  ")).append('\n');
        }
        entry.append("  ").append(escapeMarkdown(times(alert) + " · fp " + shortFingerprint(alert))).append('\n');
        for (Alert.Link link : alert.links()) {
            entry.append("  [").append(escapeMarkdown(link.title())).append("](").append(markdownUrl(link.url())).append(")\n");
        }
        return entry.toString();
    }

    private static String times(Alert alert) {
        String since = "since " + ReadableTime.of(alert.startsAt());
        return alert.endsAt() == null ? since : since + ", resolved " + ReadableTime.of(alert.endsAt());
    }

    /** The first 12 hex digits of the fingerprint: enough to tell alerts apart and to search the state table. */
    public static String shortFingerprint(Alert alert) {
        return alert.fingerprint().substring(0, 12);
    }

    static String labelText(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Backslash-escapes markdown syntax so an alert's text renders literally and cannot inject links or markup. */
    public static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A link target cannot close the markdown link or break the line. */
    private static String markdownUrl(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("\n", "").replace("\r", "");
    }

    public static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String isoTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
