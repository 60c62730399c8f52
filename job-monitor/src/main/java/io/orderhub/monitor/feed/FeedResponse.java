package io.orderhub.monitor.feed;

/**
 * What a poll got: 200 with a body (never longer than the feed's limit) or 304 Not Modified, and the validators
 * to send back next time.
 */
public record FeedResponse(int status, byte[] body, String contentType, String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
