package io.orderhub.report.download;

import io.orderhub.common.secret.BearerToken;
import io.orderhub.common.time.ReadableTime;

/**
 * Decides whether a request may read a path: an {@code Authorization: Bearer <token>} header with the configured
 * token (when one is configured), or a signed link for exactly that path, not expired. A request with a header is
 * judged by the header alone: a wrong token is refused even if a valid link comes with it.
 */
public class DownloadAccess {


    private final SignedLinks links;
    private final BearerToken token;

    /** @param bearerToken the accepted token; {@code null} = bearer tokens are not accepted */
    public DownloadAccess(SignedLinks links, String bearerToken) {
        this.links = links;
        this.token = bearerToken == null ? null : BearerToken.of(bearerToken);
    }

    /**
     * @param path          the app's path requested ({@link SignedLinks#INDEX_PATH} or {@link SignedLinks#pathOf})
     * @param authorization the {@code Authorization} header, or {@code null}
     * @param expires       the {@code expires} query parameter, or {@code null}
     * @param signature     the {@code sig} query parameter, or {@code null}
     * @throws AccessRefused saying why
     */
    public AccessGrant check(String path, String authorization, String expires, String signature) {
        if (authorization != null) {
            return checkToken(authorization);
        }
        if (expires == null && signature == null) {
            throw new AccessRefused("neither a signed link nor a bearer token");
        }
        return switch (links.check(path, expires, signature)) {
            case VALID -> AccessGrant.SIGNED_LINK;
            case EXPIRED -> throw new AccessRefused("the link expired at "
                    + ReadableTime.of(SignedLinks.expiryOf(expires)));
            case BAD_SIGNATURE -> throw new AccessRefused("the link's signature does not match its path and expiry");
            case MALFORMED -> throw new AccessRefused("the link is malformed (expires must be epoch seconds, sig 64 hex"
                    + " digits)");
        };
    }

    private AccessGrant checkToken(String authorization) {
        if (!BearerToken.isBearer(authorization)) {
            throw new AccessRefused("the Authorization header is not a bearer token");
        }
        if (token == null) {
            throw new AccessRefused("bearer tokens are not accepted here (" + DownloadProperties.BEARER_TOKEN
                    + " is not set)");
        }
        if (!token.matches(authorization)) {
            throw new AccessRefused("wrong bearer token");
        }
        return AccessGrant.BEARER_TOKEN;
    }
}
