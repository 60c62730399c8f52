package io.orderhub.report.entry.api;

import io.orderhub.common.secret.BearerToken;

/**
 * The check API's bearer token, checked by {@link BearerToken} (constant time over SHA-256 digests).
 */
public class EntryApiAccess {

    private final BearerToken token;

    public EntryApiAccess(String token) {
        this.token = BearerToken.of(token);
    }

    /** Why the {@code Authorization} header is refused, or {@code null} when it carries the token. */
    public String refusal(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return "no bearer token";
        }
        if (!BearerToken.isBearer(authorization)) {
            return "the Authorization header is not a bearer token";
        }
        return token.matches(authorization) ? null : "wrong bearer token";
    }
}
