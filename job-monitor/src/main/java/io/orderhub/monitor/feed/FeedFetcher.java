package io.orderhub.monitor.feed;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import okhttp3.HttpUrl;
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
 *
 * <p>Redirects are followed here, not by OkHttp, so each hop can be checked: a redirect to a loopback, link-local
 * or private address is refused unless the feed allows it (the configured URL itself is the operator's choice; a
 * feed host pointing the poller at the internal network is not). Errors show the feed's masked address and never
 * the response body.
 */
public class FeedFetcher {

    private static final long CHUNK = 8192;
    private static final int MAX_REDIRECTS = 5;

    private final OkHttpClient base;
    private final String userAgent;

    public FeedFetcher(OkHttpClient base, String userAgent) {
        this.base = base.newBuilder().followRedirects(false).followSslRedirects(false).build();
        this.userAgent = userAgent;
    }

    public FeedResponse fetch(FeedProperties.Resolved feed, String etag, String lastModified) throws FeedFailure {
        FeedAddress address = feed.address();
        Duration timeout = feed.timeout();
        OkHttpClient client = base.newBuilder().callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout)
                .build();
        HttpUrl url = address.target();
        try {
            for (int hop = 0; ; hop++) {
                try (Response response = client.newCall(request(url, feed.feed().kind(), etag, lastModified))
                        .execute()) {
                    if (response.isRedirect()) {
                        url = redirectTarget(url, response, hop, feed);
                        continue;
                    }
                    return read(response, feed, etag, lastModified);
                }
            }
        } catch (InterruptedIOException e) {
            throw new FeedFailure("TIMEOUT", "no complete answer within " + timeout.toMillis() + "ms", e);
        } catch (IOException e) {
            throw new FeedFailure("IO_ERROR", address.redact(e.getClass().getSimpleName() + ": " + e.getMessage()), e);
        }
    }

    private Request request(HttpUrl url, FeedKind kind, String etag, String lastModified) {
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
        return request.build();
    }

    private static HttpUrl redirectTarget(HttpUrl from, Response response, int hop, FeedProperties.Resolved feed)
            throws FeedFailure {
        String location = response.header("Location");
        HttpUrl to = location == null ? null : from.resolve(location);
        if (to == null) {
            throw new FeedFailure("REDIRECT_REFUSED", "HTTP " + response.code() + " without an http(s) Location");
        }
        if (hop + 1 > MAX_REDIRECTS) {
            throw new FeedFailure("REDIRECT_REFUSED", "more than " + MAX_REDIRECTS + " redirects");
        }
        if (!feed.feed().allowPrivateRedirects() && isPrivate(to.host())) {
            throw new FeedFailure("REDIRECT_REFUSED", "redirect to " + to.host() + " refused: loopback, link-local"
                    + " and private addresses need oms.monitor.feeds[" + feed.name() + "].allow-private-redirects");
        }
        return to;
    }

    /** Whether the host is, or resolves to, an address inside a machine or a private network. */
    static boolean isPrivate(String host) throws FeedFailure {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FeedFailure("IO_ERROR", "redirect to unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            byte[] raw = address.getAddress();
            boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xFE) == 0xFC;       // fc00::/7
            boolean sharedV4 = raw.length == 4 && (raw[0] & 0xFF) == 100 && (raw[1] & 0xC0) == 64; // 100.64/10
            if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4) {
                return true;
            }
        }
        return false;
    }

    private static FeedResponse read(Response response, FeedProperties.Resolved feed, String etag,
            String lastModified) throws IOException, FeedFailure {
        if (response.code() == 304) {
            return new FeedResponse(304, new byte[0], null, orElse(response.header("ETag"), etag),
                    orElse(response.header("Last-Modified"), lastModified));
        }
        if (!response.isSuccessful()) {
            // The status only: an error page's bytes are the feed host's, not something to put in an alert.
            throw new FeedFailure("HTTP_STATUS", "HTTP " + response.code() + " from " + feed.address().shown());
        }
        ResponseBody body = response.body();
        if (body.contentLength() > feed.maxBytes()) {
            throw new FeedFailure("TOO_LARGE", "Content-Length " + body.contentLength() + " exceeds the limit of "
                    + feed.maxBytes() + " bytes");
        }
        byte[] bytes = readAtMost(body.source(), feed.maxBytes());
        return new FeedResponse(response.code(), bytes, response.header("Content-Type"), response.header("ETag"),
                response.header("Last-Modified"));
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
