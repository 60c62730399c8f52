package io.orderhub.common.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A configured bearer token and the one check of an {@code Authorization: Bearer <token>} header against it. Both
 * sides are hashed with SHA-256 first and compared in constant time, so neither the token's content nor its length
 * leaks through timing. Only the digest is kept.
 */
public final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private final byte[] digest;

    private BearerToken(byte[] digest) {
        this.digest = digest;
    }

    public static BearerToken of(String token) {
        return new BearerToken(sha256(token));
    }

    /** Whether the header uses the bearer scheme (any case), whatever token it carries. */
    public static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** Whether the header is {@code Bearer <this token>}. */
    public boolean matches(String authorization) {
        return isBearer(authorization)
                && MessageDigest.isEqual(digest, sha256(authorization.substring(SCHEME.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable in this JVM", e);
        }
    }
}
