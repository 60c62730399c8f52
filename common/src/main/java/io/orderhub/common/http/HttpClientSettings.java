package io.orderhub.common.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How one caller's HTTP client behaves; each caller keeps its own (channels, payment gateways, notifiers, feeds).
 *
 * @param name                   who calls, in the call log and in failures ("channels", "alert-notifiers", …)
 * @param connectTimeout         TCP/TLS connect
 * @param readTimeout            between two reads of the response
 * @param callTimeout            the whole call, redirects and body included; zero = none
 * @param maxResponseBytes       a (decompressed) response body longer than this fails the read, naming the limit
 * @param redirects              whether 3xx answers are followed (at most {@link HttpClientFactory#MAX_REDIRECTS})
 * @param privateRedirectTargets whether a redirect may lead to a loopback, link-local or private address (the
 *                               configured URL itself is the operator's choice; a remote host pointing us at the
 *                               internal network is not)
 */
public record HttpClientSettings(String name, Duration connectTimeout, Duration readTimeout, Duration callTimeout,
        long maxResponseBytes, Redirects redirects, boolean privateRedirectTargets) {

    /** What a 3xx answer does. */
    public enum Redirects {
        /** The 3xx response is the answer. */
        NOT_FOLLOWED,
        /** Followed by {@link HttpClientFactory}'s guard: hop limit, private targets refused unless allowed. */
        FOLLOWED
    }

    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    public HttpClientSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(redirects, "redirects");
        if (connectTimeout.isNegative() || readTimeout.isNegative() || callTimeout.isNegative()) {
            throw new IllegalArgumentException(name + ": timeouts must not be negative");
        }
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException(name + ": max response bytes must be positive, was " + maxResponseBytes);
        }
    }

    /**
     * OkHttp's usual timeouts (connect and read 10 s, no call timeout), a 16 MiB body cap, redirects followed,
     * never to a private address.
     */
    public static HttpClientSettings named(String name) {
        return new HttpClientSettings(name, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ZERO,
                DEFAULT_MAX_RESPONSE_BYTES, Redirects.FOLLOWED, false);
    }

    public HttpClientSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new HttpClientSettings(name, connect, read, call, maxResponseBytes, redirects, privateRedirectTargets);
    }

    public HttpClientSettings withCallTimeout(Duration call) {
        return withTimeouts(connectTimeout, readTimeout, call);
    }

    public HttpClientSettings withMaxResponseBytes(long maxBytes) {
        return new HttpClientSettings(name, connectTimeout, readTimeout, callTimeout, maxBytes, redirects,
                privateRedirectTargets);
    }

    public HttpClientSettings withRedirects(Redirects policy) {
        return new HttpClientSettings(name, connectTimeout, readTimeout, callTimeout, maxResponseBytes, policy,
                privateRedirectTargets);
    }

    public HttpClientSettings withPrivateRedirectTargets(boolean allowed) {
        return new HttpClientSettings(name, connectTimeout, readTimeout, callTimeout, maxResponseBytes, redirects,
                allowed);
    }
}
