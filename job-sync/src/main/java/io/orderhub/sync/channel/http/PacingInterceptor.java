package io.orderhub.sync.channel.http;

import io.orderhub.common.retry.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Waits for the (channel, app, API) token bucket before each attempt, so no platform sees a burst from us. */
final class PacingInterceptor implements Interceptor {

    private final Pacing pacing;
    private final Sleeper sleeper;
    private final ChannelCallListener listener;

    PacingInterceptor(Pacing pacing, Sleeper sleeper, ChannelCallListener listener) {
        this.pacing = pacing;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        ApiCall call = chain.request().tag(ApiCall.class);
        if (call != null) {
            long waitNanos = pacing.reserve(call.pacingKey());
            if (waitNanos > 0) {
                call.stats().waited(waitNanos / 1_000_000);
                listener.paced(call.shop().channel(), Duration.ofNanos(waitNanos));
                try {
                    sleeper.sleep(Duration.ofNanos(waitNanos));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while pacing " + call.api());
                }
            }
        }
        return chain.proceed(chain.request());
    }
}
