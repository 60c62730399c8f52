package io.orderhub.sync.channel.http;

/**
 * The requests made for one {@link ChannelHttp#execute} call, shared by the retry interceptor (network failures,
 * retryable platform errors) and the client's re-fetch of a malformed page, so one call never costs more than the
 * policy's attempts in total (two nested loops used to multiply them).
 */
final class Attempts {

    private int made;

    /** Counts one more request and returns how many have been made, this one included. */
    int next() {
        return ++made;
    }

    int made() {
        return made;
    }
}
