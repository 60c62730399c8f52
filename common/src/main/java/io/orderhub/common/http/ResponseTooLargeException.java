package io.orderhub.common.http;

import java.io.IOException;

/** A response body longer than the caller's {@link HttpClientSettings#maxResponseBytes()}. */
public final class ResponseTooLargeException extends IOException {

    private final long limit;

    public ResponseTooLargeException(String client, long limit, String detail) {
        super(client + ": " + detail);
        this.limit = limit;
    }

    /** The limit that was passed, in bytes. */
    public long limit() {
        return limit;
    }
}
