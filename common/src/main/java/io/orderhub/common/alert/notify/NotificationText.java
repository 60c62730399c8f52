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
 * What a message says, rendered once for every receiver: a title, IM markdown (escaped, details cut to the platform's
 * size limit, never whole alerts), plain text and HTML (escaped) for e-mail. Built only from the
 * alerts' own fields, so it cannot carry a webhook key or signing secret. Times are GMT+8 and say so
 * ({@code ReadableTime}): readers of a message sit in any zone.
 */
public final class NotificationText {

    private static final int TITLE_SUMMARY_MAX = 120;
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
            String labels = labelText(notification.groupLabels());
            if (!labels.isEmpty()) {
                title.append(' ').append(labels);
            }
            // One alert: its summary names the thing (the feed item, the shop), so the subject alone says what.
            if (notification.alerts().size() == 1 && !notification.alerts().get(0).summary().isBlank()) {
                title.append(": ").append(oneLine(notification.alerts().get(0).summary(), TITLE_SUMMARY_MAX));
            }
        }
        if (notification.intendedFor() != null) {
            title.append(" (for ").append(notification.intendedFor()).append(", which is failing)");
        }
        return title.toString();
    }

    /**
     * IM markdown, escaped, at most {@code maxBytes} UTF-8 bytes. When the alerts do not fit, their summaries and
     * details are cut (the longest first, each keeping a fair share), never their heading, time or links; alerts
     * beyond {@link #markdownCapacity} are only named by count (the dispatcher sends those in the next message).
     */
    public String markdown(int maxBytes) {
        StringBuilder out = new StringBuilder(heading());
        if (notification.test()) {
            out.append(escapeMarkdown("This is a test message; no alert is firing.")).append('\n');
            return out.toString();
        }
        List<Alert> alerts = ordered();
        int shown = markdownCapacity(maxBytes);
        List<Alert> fitting = alerts.subList(0, shown);
        String note = shown < alerts.size() ? leftOutNote(alerts.size() - shown) : "";
        int budget = maxBytes - bytes(out) - bytes(note);
        for (Alert alert : fitting) {
            budget -= bytes(entryHead(alert)) + bytes(entryTail(alert));
        }
        List<String> bodies = fairlyCutBodies(fitting, budget);
        for (int i = 0; i < fitting.size(); i++) {
            out.append(entryHead(fitting.get(i))).append(bodies.get(i)).append(entryTail(fitting.get(i)));
        }
        return out.append(note).toString();
    }

    /**
     * How many alerts (in message order) fit in {@code maxBytes} of markdown with their summaries and details cut
     * to a marker: at least one, since a single alert's text is cut to whatever room there is.
     */
    public int markdownCapacity(int maxBytes) {
        List<Alert> alerts = ordered();
        int used = bytes(heading());
        for (int i = 0; i < alerts.size(); i++) {
            used += minimalEntryBytes(alerts.get(i));
            int noteAfter = i + 1 < alerts.size() ? bytes(leftOutNote(alerts.size() - i - 1)) : 0;
            if (used + noteAfter > maxBytes) {
                return Math.max(1, i);
            }
        }
        return alerts.size();
    }

    private String heading() {
        return "### " + escapeMarkdown(title()) + "\n\n";
    }

    private static String leftOutNote(int count) {
        return "\n" + escapeMarkdown("… and " + count + " more alerts in the next message (message size limit)") + "\n";
    }

    private static int minimalEntryBytes(Alert alert) {
        return bytes(entryHead(alert)) + bytes(cutBody(body(alert), 0)) + bytes(entryTail(alert));
    }

    /**
     * Gives each alert's summary and details a share of {@code budget} bytes: shortest first, each at most what is
     * left divided by the alerts still waiting, so one long description cannot crowd out the others.
     */
    private static List<String> fairlyCutBodies(List<Alert> alerts, int budget) {
        String[] bodies = new String[alerts.size()];
        List<Integer> byLength = new java.util.ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            byLength.add(i);
        }
        byLength.sort(java.util.Comparator.comparingInt(i -> bytes(renderBody(body(alerts.get(i))))));
        int left = budget;
        for (int k = 0; k < byLength.size(); k++) {
            int i = byLength.get(k);
            int share = Math.max(0, left / (byLength.size() - k));
            String full = renderBody(body(alerts.get(i)));
            bodies[i] = bytes(full) <= share ? full : cutToBytes(body(alerts.get(i)), share);
            left -= bytes(bodies[i]);
        }
        return List.of(bodies);
    }

    /** The longest prefix of {@code raw} whose cut rendering fits in {@code maxBytes} (binary search on length). */
    private static String cutToBytes(String raw, int maxBytes) {
        int low = 0;
        int high = raw.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (bytes(cutBody(raw, mid)) <= maxBytes) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        String cut = cutBody(raw, low);
        return bytes(cut) <= maxBytes ? cut : "";
    }

    /** The summary and details of an alert: the part of its entry that may be cut. */
    private static String body(Alert alert) {
        if (alert.details().isEmpty()) {
            return alert.summary();
        }
        return alert.summary().isEmpty() ? alert.details() : alert.summary() + "\n" + alert.details();
    }

    private static String renderBody(String raw) {
        return raw.isEmpty() ? "" : "  " + escapeMarkdown(raw).replace("\n", "\n  ") + "\n";
    }

    private static String cutBody(String raw, int length) {
        if (raw.isEmpty()) {
            return "";
        }
        int end = length > 0 && Character.isHighSurrogate(raw.charAt(length - 1)) ? length - 1 : length;
        return "  " + escapeMarkdown(raw.substring(0, end).stripTrailing()).replace("\n", "\n  ") + "…\n";
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
        return notification.inMessageOrder();
    }

    private static String entryHead(Alert alert) {
        StringBuilder entry = new StringBuilder("- **").append(alert.isResolved() ? "RESOLVED" : "FIRING")
                .append(' ').append(alert.severity()).append("** ").append(escapeMarkdown(alert.name()));
        if (!labelText(alert.labels()).isEmpty()) {
            entry.append(' ').append(escapeMarkdown(labelText(alert.labels())));
        }
        return entry.append('\n').toString();
    }

    private static String entryTail(Alert alert) {
        StringBuilder entry = new StringBuilder("  ").append(escapeMarkdown(times(alert) + " · fp "
                + shortFingerprint(alert))).append('\n');
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

    /** {@code {k=v, …}} without labels whose value is empty (a group_by label the alerts lack); "" when none. */
    static String labelText(Map<String, String> labels) {
        List<String> pairs = labels.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        return pairs.isEmpty() ? "" : pairs.stream().collect(Collectors.joining(", ", "{", "}"));
    }

    private static String oneLine(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
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
    public static String markdownUrl(String url) {
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
