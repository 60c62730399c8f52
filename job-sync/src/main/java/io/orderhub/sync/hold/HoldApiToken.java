package io.orderhub.sync.hold;

import io.orderhub.common.secret.BearerToken;
import io.orderhub.common.secret.SecretResolver;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer token of the hold API, from {@code oms.holds.api-token} ({@code env:NAME}). A blank, short or
 * well-known value is refused at start-up naming the property; without the property the API refuses every request.
 * Compared by {@link BearerToken} (constant time over SHA-256 digests).
 */
public class HoldApiToken {

    static final String PROPERTY = "oms.holds.api-token";
    static final int MIN_LENGTH = 16;
    private static final Set<String> WELL_KNOWN = Set.of("changeme", "change-me", "default", "secret", "token",
            "password", "admin", "test", "default_token");

    private final BearerToken token;

    private HoldApiToken(BearerToken token) {
        this.token = token;
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
        return Optional.of(new HoldApiToken(BearerToken.of(token)));
    }

    /** Whether {@code Authorization} carries this token as {@code Bearer <token>}. */
    public boolean accepts(String authorization) {
        return token.matches(authorization);
    }
}
