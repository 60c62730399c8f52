package io.orderhub.sync.hold;

import io.orderhub.common.secret.BearerToken;
import io.orderhub.common.secret.SecretPolicy;
import io.orderhub.common.secret.SecretResolver;
import java.util.Optional;

/**
 * The bearer token of the hold API, from {@code oms.holds.api-token} ({@code env:NAME}). A weak value (the one
 * {@link SecretPolicy} of our API secrets: blank, a placeholder, shorter than 32 characters or repetitive) is refused
 * at start-up naming the property; without the property the API refuses every request. Compared by
 * {@link BearerToken} (constant time over SHA-256 digests).
 */
public class HoldApiToken {

    static final String PROPERTY = "oms.holds.api-token";

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
        SecretPolicy.check(PROPERTY, token);
        return Optional.of(new HoldApiToken(BearerToken.of(token)));
    }

    /** Whether {@code Authorization} carries this token as {@code Bearer <token>}. */
    public boolean accepts(String authorization) {
        return token.matches(authorization);
    }
}
