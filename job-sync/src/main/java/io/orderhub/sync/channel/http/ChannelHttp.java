package io.orderhub.sync.channel.http;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.http.HttpClientSettings;
import io.orderhub.common.order.Channel;
import io.orderhub.common.retry.RetryPolicy;
import io.orderhub.common.retry.Sleeper;
import io.orderhub.sync.channel.MalformedPageException;
import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of the channel adapters: a client from the shared {@link HttpClientFactory} (settings
 * "channels") whose own interceptors retry, pace and sign (in that order, so every retry is paced and freshly
 * signed). Adapters build an unsigned request tagged with {@link ApiCall} and get back the platform's JSON, or a
 * typed failure.
 */
public final class ChannelHttp {

    /** Reads numbers exactly: amounts as BigDecimal, ids beyond 2^53 as integers, never through double. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** A page of 100 orders is a few hundred KB; anything near this limit is not a page. */
    static final long MAX_PAGE_BYTES = 64L * 1024 * 1024;

    private final OkHttpClient client;
    private final Map<Channel, PlatformErrorDetector> detectors;
    private final RetryPolicy retry;
    private final ChannelCallListener listener;

    public ChannelHttp(HttpClientFactory http, Map<Channel, RequestSigner> signers,
            Map<Channel, PlatformErrorDetector> detectors, Pacing pacing, RetryPolicy retry, Clock clock,
            Sleeper sleeper, Duration timeout) {
        this(http, signers, detectors, pacing, retry, clock, sleeper, timeout, ChannelCallListener.NONE);
    }

    public ChannelHttp(HttpClientFactory http, Map<Channel, RequestSigner> signers,
            Map<Channel, PlatformErrorDetector> detectors, Pacing pacing, RetryPolicy retry, Clock clock,
            Sleeper sleeper, Duration timeout, ChannelCallListener listener) {
        this.detectors = Map.copyOf(detectors);
        this.retry = retry;
        this.listener = listener;
        this.client = http.newClient(settings(timeout)).newBuilder()
                .addInterceptor(new RetryInterceptor(detectors, retry, pacing, sleeper, JSON, listener))
                .addInterceptor(new PacingInterceptor(pacing, sleeper, listener))
                .addInterceptor(new SigningInterceptor(signers, clock))
                .retryOnConnectionFailure(false) // retries are ours, counted and paced
                .build();
    }

    /** {@code timeout} is the read timeout of one platform call; the whole call may take twice that. */
    static HttpClientSettings settings(Duration timeout) {
        return HttpClientSettings.named("channels")
                .withTimeouts(Duration.ofSeconds(5), timeout, timeout.multipliedBy(2))
                .withMaxResponseBytes(MAX_PAGE_BYTES);
    }

    /**
     * Executes a tagged request and returns the platform's JSON.
     *
     * @throws PlatformException      the platform refused (after retries), or the network kept failing
     * @throws MalformedPageException the body is not JSON (truncated, HTML error page, …)
     */
    public JsonNode execute(Request request) {
        ApiCall call = request.tag(ApiCall.class);
        if (call == null) {
            throw new IllegalArgumentException("platform requests must be tagged with ApiCall");
        }
        Attempts attempts = new Attempts();
        Request counted = request.newBuilder().tag(Attempts.class, attempts).build();
        while (true) {
            try {
                return executeOnce(counted, call);
            } catch (MalformedPageException e) {
                // A cut-off or garbled body is almost always the connection, not the platform: ask again, within
                // the same attempts as the interceptor's retries.
                if (!retry.canRetryAfter(attempts.made())) {
                    throw e;
                }
                call.stats().retry();
            }
        }
    }

    private JsonNode executeOnce(Request request, ApiCall call) {
        byte[] body;
        int status;
        try (Response response = client.newCall(request).execute()) {
            status = response.code();
            body = response.body().bytes(); // parsed as UTF-8 bytes: no String copy on the hot path
        } catch (IOException e) {
            listener.failed(call.shop().channel(), PlatformErrorKind.UNAVAILABLE.name());
            throw new PlatformException(call.shop().label(), call.api(),
                    new PlatformError(PlatformErrorKind.UNAVAILABLE, "IO", e.toString()));
        }
        if (status >= 400) {
            PlatformErrorKind kind = status == 429 ? PlatformErrorKind.RATE_LIMITED
                    : status >= 500 ? PlatformErrorKind.UNAVAILABLE : PlatformErrorKind.INVALID_REQUEST;
            listener.failed(call.shop().channel(), kind.name());
            throw new PlatformException(call.shop().label(), call.api(), new PlatformError(kind, "HTTP " + status,
                    abbreviate(new String(body, StandardCharsets.UTF_8))));
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            listener.failed(call.shop().channel(), "MALFORMED");
            throw new MalformedPageException(call.shop().label() + " " + call.api() + ": response is not valid JSON ("
                    + e.getOriginalMessage() + ")", new String(body, StandardCharsets.UTF_8));
        }
        detectors.get(call.shop().channel()).detect(json).ifPresent(error -> {
            listener.failed(call.shop().channel(), error.kind().name());
            throw new PlatformException(call.shop().label(), call.api(), error);
        });
        return json;
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
