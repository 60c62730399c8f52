package io.orderhub.report.entry.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The check API's bearer token. The token and the one presented are both hashed first, so the constant-time
 * comparison leaks neither content nor length.
 */
public class EntryApiAccess {

    private static final String BEARER = "bearer ";

    private final byte[] tokenDigest;

    public EntryApiAccess(String token) {
        this.tokenDigest = sha256(token);
    }

    /** Why the {@code Authorization} header is refused, or {@code null} when it carries the token. */
    public String refusal(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return "no bearer token";
        }
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return "the Authorization header is not a bearer token";
        }
        byte[] given = sha256(authorization.substring(BEARER.length()).trim());
        return MessageDigest.isEqual(tokenDigest, given) ? null : "wrong bearer token";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable in this JVM", e);
        }
    }
}
