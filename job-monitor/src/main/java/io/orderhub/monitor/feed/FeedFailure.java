package io.orderhub.monitor.feed;

/**
 * A poll that produced no usable document, with a reason code: TIMEOUT, HTTP_STATUS, TOO_LARGE, IO_ERROR,
 * BAD_XML, TOO_DEEP, SELECTOR_EMPTY, UNREADABLE (a parser failed unexpectedly). Every one is retried by the next
 * scheduled poll; enough in a row make the feed blind.
 */
public class FeedFailure extends Exception {

    private final String reason;

    public FeedFailure(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FeedFailure(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** How the admin log and the alert show it: {@code TIMEOUT: no answer within 10s}. */
    public String describe() {
        return reason + ": " + getMessage();
    }
}
