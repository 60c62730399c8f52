package io.orderhub.common.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects itself (the clients have OkHttp's own following off) so each hop is checked: at most
 * {@link HttpClientFactory#MAX_REDIRECTS} hops, and never to a loopback, link-local or private address unless the
 * settings allow it. As browsers do, 303 (and 301/302 after anything but GET/HEAD) continue as a GET without body;
 * 307/308 repeat the method and body. Credentials do not follow the request to another host.
 */
final class GuardedRedirects implements Interceptor {

    private final HttpClientSettings settings;

    GuardedRedirects(HttpClientSettings settings) {
        this.settings = settings;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        for (int hop = 0; ; hop++) {
            Response response = chain.proceed(request);
            if (!response.isRedirect()) {
                return response;
            }
            Request next = nextRequest(request, response, hop);
            response.close();
            request = next;
        }
    }

    private Request nextRequest(Request request, Response response, int hop) throws IOException {
        String location = response.header("Location");
        HttpUrl to = location == null ? null : request.url().resolve(location);
        if (to == null) {
            response.close();
            throw new RedirectRefusedException("HTTP " + response.code() + " without an http(s) Location");
        }
        if (hop + 1 > HttpClientFactory.MAX_REDIRECTS) {
            response.close();
            throw new RedirectRefusedException("more than " + HttpClientFactory.MAX_REDIRECTS + " redirects");
        }
        if (!settings.privateRedirectTargets() && PrivateAddresses.isPrivate(to.host())) {
            response.close();
            throw new RedirectRefusedException("redirect to " + to.host() + " refused: loopback, link-local and"
                    + " private addresses are not allowed for " + settings.name());
        }
        Request.Builder next = request.newBuilder().url(to);
        String method = request.method();
        boolean asGet = response.code() == 303
                || ((response.code() == 301 || response.code() == 302) && !method.equals("GET") && !method.equals("HEAD"));
        if (asGet) {
            next.method("GET", null).removeHeader("Content-Type").removeHeader("Content-Length")
                    .removeHeader("Transfer-Encoding");
        }
        if (!sameOrigin(request.url(), to)) {
            next.removeHeader("Authorization").removeHeader("Cookie");
        }
        return next.build();
    }

    private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
    }
}
