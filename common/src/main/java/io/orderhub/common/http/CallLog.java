package io.orderhub.common.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DEBUG line per request (each redirect hop is one): client, method, the address without secrets
 * ({@link RedactedUrl}), status or failure, and time. Never headers or bodies: they carry tokens and signatures.
 */
final class CallLog implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(CallLog.class);

    private final String client;

    CallLog(String client) {
        this.client = client;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!log.isDebugEnabled()) {
            return chain.proceed(request);
        }
        long started = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            log.debug("{} {} {} -> HTTP {} in {} ms", client, request.method(), RedactedUrl.of(request.url()),
                    response.code(), millisSince(started));
            return response;
        } catch (IOException | RuntimeException e) {
            log.debug("{} {} {} -> {} after {} ms", client, request.method(), RedactedUrl.of(request.url()),
                    e.getClass().getSimpleName(), millisSince(started));
            throw e;
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
