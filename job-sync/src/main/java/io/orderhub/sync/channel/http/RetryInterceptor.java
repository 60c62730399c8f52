package io.orderhub.sync.channel.http;

import io.orderhub.common.order.Channel;
import io.orderhub.common.retry.RetryPolicy;
import io.orderhub.common.retry.Sleeper;
import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retries what may succeed later: network failures, HTTP 5xx/429, and the platform's own retryable errors (rate
 * limits, "service unavailable"), which arrive as HTTP 200 with an error body. A rate limit also pauses the
 * app's token bucket, so the other shops of the same app slow down too. Non-retryable refusals pass through.
 *
 * <p>Error bodies are small; bodies larger than {@link #ERROR_BODY_MAX} are pages and are not inspected here.
 */
final class RetryInterceptor implements Interceptor {

    static final long ERROR_BODY_MAX = 16 * 1024;

    private final Map<Channel, PlatformErrorDetector> detectors;
    private final RetryPolicy policy;
    private final Pacing pacing;
    private final Sleeper sleeper;
    private final JsonMapper json;
    private final ChannelCallListener listener;

    RetryInterceptor(Map<Channel, PlatformErrorDetector> detectors, RetryPolicy policy, Pacing pacing, Sleeper sleeper,
            JsonMapper json, ChannelCallListener listener) {
        this.detectors = Map.copyOf(detectors);
        this.policy = policy;
        this.pacing = pacing;
        this.sleeper = sleeper;
        this.json = json;
        this.listener = listener;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        ApiCall call = chain.request().tag(ApiCall.class);
        if (call == null) {
            return chain.proceed(chain.request());
        }
        Attempts attempts = chain.request().tag(Attempts.class);
        if (attempts == null) {
            attempts = new Attempts();
        }
        while (true) {
            int attempt = attempts.next();
            call.stats().call();
            listener.attempted(call.shop().channel());
            boolean last = !policy.canRetryAfter(attempt);
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (InterruptedIOException e) {
                if (Thread.currentThread().isInterrupted() || last) {
                    throw e;
                }
                listener.failed(call.shop().channel(), PlatformErrorKind.UNAVAILABLE.name());
                backOff(call, attempt, null);
                continue;
            } catch (IOException e) {
                if (last) {
                    throw e;
                }
                listener.failed(call.shop().channel(), PlatformErrorKind.UNAVAILABLE.name());
                backOff(call, attempt, null);
                continue;
            }
            Optional<PlatformError> error = retryableError(call, response);
            if (error.isEmpty() || last || !policy.worthWaiting(error.get().retryHint())) {
                return response;
            }
            response.close();
            listener.failed(call.shop().channel(), error.get().kind().name());
            if (error.get().kind() == PlatformErrorKind.RATE_LIMITED) {
                call.stats().rateLimited();
                Duration pause = policy.delayBefore(attempt, error.get().retryHint());
                pacing.pause(call.pacingKey(), pause);
            }
            backOff(call, attempt, error.get().retryHint());
        }
    }

    private Optional<PlatformError> retryableError(ApiCall call, Response response) throws IOException {
        if (response.code() >= 500 || response.code() == 429) {
            PlatformErrorKind kind = response.code() == 429 ? PlatformErrorKind.RATE_LIMITED : PlatformErrorKind.UNAVAILABLE;
            return Optional.of(new PlatformError(kind, "HTTP " + response.code(), response.message()));
        }
        ResponseBody peek = response.peekBody(ERROR_BODY_MAX + 1);
        if (peek.contentLength() > ERROR_BODY_MAX) {
            return Optional.empty();
        }
        try {
            return detectors.get(call.shop().channel()).detect(json.readTree(peek.string()))
                    .filter(e -> e.kind().retryable());
        } catch (JacksonException e) {
            return Optional.empty(); // not JSON: the client reports it as a malformed page
        }
    }

    private void backOff(ApiCall call, int attempt, Duration hint) throws InterruptedIOException {
        call.stats().retry();
        try {
            sleeper.sleep(policy.delayBefore(attempt, hint));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while backing off " + call.api());
        }
    }
}
