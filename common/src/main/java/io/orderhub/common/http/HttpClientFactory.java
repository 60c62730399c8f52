package io.orderhub.common.http;

import okhttp3.OkHttpClient;

/**
 * The one source of HTTP clients: every client shares one connection pool and dispatcher (a single base client),
 * and each caller gets its own timeouts, body-size cap and redirect policy from its {@link HttpClientSettings}.
 * Redirects are followed by our {@link GuardedRedirects} (never by OkHttp, so each hop is checked), every request
 * gets one {@link CallLog} line without secrets, and bodies pass the {@link ResponseSizeCap}.
 *
 * <p>A caller that adds its own interceptors (retry, pacing, signing) does so on {@code newClient(…).newBuilder()};
 * they run inside the factory's, so each redirect hop is retried, paced and signed like the first request.
 */
public final class HttpClientFactory {

    /** Redirect hops followed before a call fails. */
    public static final int MAX_REDIRECTS = 5;

    private final OkHttpClient base = new OkHttpClient.Builder()
            .followRedirects(false)
            .followSslRedirects(false)
            .build();

    public OkHttpClient newClient(HttpClientSettings settings) {
        OkHttpClient.Builder client = base.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout());
        if (settings.redirects() == HttpClientSettings.Redirects.FOLLOWED) {
            client.addInterceptor(new GuardedRedirects(settings));
        }
        return client.addInterceptor(new CallLog(settings.name()))
                .addInterceptor(new ResponseSizeCap(settings))
                .build();
    }
}
