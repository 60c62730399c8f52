package io.orderhub.monitor.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of a feed (or one changed line of an HTML page). {@code identity} is the guid / Atom id, else the
 * link, else the content; {@link #key()} hashes it for the seen-item store.
 */
public record FeedItem(String identity, String title, String text, String link, Instant published) {

    public static FeedItem of(String guid, String title, String text, String link, Instant published) {
        String identity;
        if (guid != null && !guid.isBlank()) {
            identity = "id:" + guid.trim();
        } else if (link != null && !link.isBlank()) {
            identity = "link:" + link.trim();
        } else {
            identity = "content:" + sha256(nullToEmpty(title) + "\n" + nullToEmpty(text));
        }
        return new FeedItem(identity, nullToEmpty(title).strip(), nullToEmpty(text).strip(), link, published);
    }

    /** SHA-256 hex of the identity: what the seen-item store keeps. */
    public String key() {
        return sha256(identity);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
