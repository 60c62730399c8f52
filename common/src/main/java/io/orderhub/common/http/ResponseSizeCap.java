package io.orderhub.common.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Fails a response whose body is longer than the settings allow: at once when Content-Length says so, otherwise as
 * soon as the reader passes the limit, so a huge or endless body is never buffered whole. It runs above OkHttp's
 * transparent gzip, so the limit counts decompressed bytes and a compressed bomb is cut too.
 */
final class ResponseSizeCap implements Interceptor {

    private final HttpClientSettings settings;

    ResponseSizeCap(HttpClientSettings settings) {
        this.settings = settings;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        long limit = settings.maxResponseBytes();
        if (body.contentLength() > limit) {
            response.close();
            throw new ResponseTooLargeException(settings.name(), limit, "Content-Length " + body.contentLength()
                    + " exceeds the limit of " + limit + " bytes");
        }
        BufferedSource capped = Okio.buffer(new ForwardingSource(body.source()) {
            private long read;

            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                long n = super.read(sink, byteCount);
                if (n > 0) {
                    read += n;
                    if (read > limit) {
                        throw new ResponseTooLargeException(settings.name(), limit, "response cut off after " + read
                                + " bytes (limit " + limit + ")");
                    }
                }
                return n;
            }
        });
        return response.newBuilder().body(ResponseBody.create(capped, body.contentType(), body.contentLength()))
                .build();
    }
}
