package io.orderhub.sync.channel;

import java.time.Duration;

/**
 * A platform's refusal, decoded.
 *
 * @param code      the platform's own code (and sub-code), for the operator
 * @param retryHint how long the platform asked us to wait, when it said (Taobao's "ban will last N seconds")
 */
public record PlatformError(PlatformErrorKind kind, String code, String message, Duration retryHint) {

    public PlatformError(PlatformErrorKind kind, String code, String message) {
        this(kind, code, message, null);
    }

    @Override
    public String toString() {
        return kind + " (" + code + ": " + message + ")";
    }
}
