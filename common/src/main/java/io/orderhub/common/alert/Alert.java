package io.orderhub.common.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One alert, Alertmanager style: identity is {@code name} + {@code labels} (the fingerprint); a watcher posts it
 * while the condition holds ({@code endsAt == null}) and posts it again with {@code endsAt} set when it is over.
 * Summary and details are plain text written for an operator; they never carry secrets or buyer data.
 */
public record Alert(
        String name,
        Severity severity,
        SortedMap<String, String> labels,
        String summary,
        String details,
        List<Link> links,
        Instant startsAt,
        Instant endsAt) {

    public record Link(String title, String url) {
        public Link {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
        }
    }

    public Alert {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("alert name is required");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(startsAt, "startsAt");
        labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels == null ? Map.of() : labels));
        summary = summary == null ? "" : summary;
        details = details == null ? "" : details;
        links = links == null ? List.of() : List.copyOf(links);
    }

    public static Alert firing(String name, Severity severity, Map<String, String> labels, String summary,
                               String details, List<Link> links, Instant startsAt) {
        return new Alert(name, severity, new TreeMap<>(labels), summary, details, links, startsAt, null);
    }

    /** The same alert, over at {@code at}. */
    public Alert resolvedAt(Instant at) {
        return new Alert(name, severity, labels, summary, details, links, startsAt, at);
    }

    public boolean isResolved() {
        return endsAt != null;
    }

    /** Stable identity over name and labels (hex SHA-256, 64 chars). */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(name);
        labels.forEach((k, v) -> text.append('\u0000').append(k).append('=').append(v));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
