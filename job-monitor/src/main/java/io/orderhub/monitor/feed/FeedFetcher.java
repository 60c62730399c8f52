package io.orderhub.monitor.feed;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Polls one feed URL: a conditional GET (If-None-Match / If-Modified-Since with what the last 200 sent), a
 * whole-call timeout, and a size cut-off: the body is read in chunks and the poll fails as soon as it passes the
 * limit, so a huge or endless response is never buffered whole (OkHttp has already undone any gzip, so a
 * compressed bomb is cut too).
 */
public class FeedFetcher {

    private static final long CHUNK = 8192;

    private final OkHttpClient base;
    private final String userAgent;

    public FeedFetcher(OkHttpClient base, String userAgent) {
        this.base = base;
        this.userAgent = userAgent;
    }

    public FeedResponse fetch(String url, FeedKind kind, Duration timeout, long maxBytes, String etag,
            String lastModified) throws FeedFailure {
        OkHttpClient client = base.newBuilder().callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout)
                .build();
        Request.Builder request = new Request.Builder().url(url).header("User-Agent", userAgent)
                .header("Accept", kind == FeedKind.RSS
                        ? "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
                        + "text/xml;q=0.9, */*;q=0.5"
                        : "text/html, application/xhtml+xml, */*;q=0.5");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        try (Response response = client.newCall(request.build()).execute()) {
            if (response.code() == 304) {
                return new FeedResponse(304, new byte[0], null, orElse(response.header("ETag"), etag),
                        orElse(response.header("Last-Modified"), lastModified));
            }
            if (!response.isSuccessful()) {
                throw new FeedFailure("HTTP_STATUS", "HTTP " + response.code() + " from " + url);
            }
            ResponseBody body = response.body();
            if (body.contentLength() > maxBytes) {
                throw new FeedFailure("TOO_LARGE", "Content-Length " + body.contentLength() + " exceeds the limit of "
                        + maxBytes + " bytes");
            }
            byte[] bytes = readAtMost(body.source(), maxBytes);
            return new FeedResponse(response.code(), bytes, response.header("Content-Type"), response.header("ETag"),
                    response.header("Last-Modified"));
        } catch (InterruptedIOException e) {
            throw new FeedFailure("TIMEOUT", "no complete answer within " + timeout.toMillis() + "ms", e);
        } catch (IOException e) {
            throw new FeedFailure("IO_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readAtMost(BufferedSource source, long maxBytes) throws IOException, FeedFailure {
        Buffer buffer = new Buffer();
        while (buffer.size() <= maxBytes) {
            if (source.read(buffer, CHUNK) == -1) {
                return buffer.readByteArray();
            }
        }
        throw new FeedFailure("TOO_LARGE", "response cut off after " + buffer.size() + " bytes (limit " + maxBytes
                + ")");
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
