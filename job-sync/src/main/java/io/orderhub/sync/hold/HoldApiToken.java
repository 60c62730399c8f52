package io.orderhub.sync.hold;

import io.orderhub.common.secret.SecretResolver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer token of the hold API, from {@code oms.holds.api-token} ({@code env:NAME}). A blank, short or
 * well-known value is refused at start-up naming the property; without the property the API refuses every request.
 * Compared in constant time over SHA-256 digests, so neither content nor length leaks through timing.
 */
public class HoldApiToken {

    static final String PROPERTY = "oms.holds.api-token";
    static final int MIN_LENGTH = 16;
    private static final Set<String> WELL_KNOWN = Set.of("changeme", "change-me", "default", "secret", "token",
            "password", "admin", "test", "default_token");

    private final byte[] digest;

    private HoldApiToken(byte[] digest) {
        this.digest = digest;
    }

    /** Empty when the property is not set (the API is then off); fails naming the property when the token is weak. */
    public static Optional<HoldApiToken> resolve(String reference, SecretResolver secrets) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String token = secrets.resolve(reference, PROPERTY);
        if (token.strip().length() < MIN_LENGTH || WELL_KNOWN.contains(token.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException(PROPERTY + ": the token is a default or shorter than " + MIN_LENGTH
                    + " characters; set a random one");
        }
        return Optional.of(new HoldApiToken(sha256(token)));
    }

    /** Whether {@code Authorization} carries this token as {@code Bearer <token>}. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
