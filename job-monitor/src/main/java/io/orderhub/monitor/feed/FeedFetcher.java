package io.orderhub.monitor.feed;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.http.HttpClientSettings;
import io.orderhub.common.http.RedirectRefusedException;
import io.orderhub.common.http.ResponseTooLargeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Polls one feed URL: a conditional GET (If-None-Match / If-Modified-Since with what the last 200 sent) through a
 * client from the {@link HttpClientFactory} with the feed's own limits: a whole-call timeout, a size cut-off (the
 * poll fails as soon as the body passes the limit, so a huge or endless response is never buffered whole), and
 * guarded redirects (a redirect to a loopback, link-local or private address is refused unless the feed allows it:
 * the configured URL itself is the operator's choice; a feed host pointing the poller at the internal network is
 * not). Errors show the feed's masked address and never the response body.
 */
public class FeedFetcher {

    private final HttpClientFactory http;
    private final String userAgent;

    public FeedFetcher(HttpClientFactory http, String userAgent) {
        this.http = http;
        this.userAgent = userAgent;
    }

    public FeedResponse fetch(FeedProperties.Resolved feed, String etag, String lastModified) throws FeedFailure {
        FeedAddress address = feed.address();
        Duration timeout = feed.timeout();
        OkHttpClient client = http.newClient(HttpClientSettings.named("feed " + feed.name())
                        .withTimeouts(timeout, timeout, timeout)
                        .withMaxResponseBytes(feed.maxBytes())
                        .withPrivateRedirectTargets(feed.feed().allowPrivateRedirects()))
                .newBuilder().retryOnConnectionFailure(false).build(); // no retries: the next poll is the retry
        try (Response response = client.newCall(request(address.target(), feed.feed().kind(), etag, lastModified))
                .execute()) {
            return read(response, feed, etag, lastModified);
        } catch (RedirectRefusedException e) {
            throw new FeedFailure("REDIRECT_REFUSED", e.getMessage() + " (oms.monitor.feeds[" + feed.name()
                    + "].allow-private-redirects allows private targets)");
        } catch (ResponseTooLargeException e) {
            throw new FeedFailure("TOO_LARGE", e.getMessage());
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
        byte[] bytes = response.body().bytes(); // the client's size cap stops an oversized body
        return new FeedResponse(response.code(), bytes, response.header("Content-Type"), response.header("ETag"),
                response.header("Last-Modified"));
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
