package io.orderhub.sync.channel;

/** What a platform's refusal means for us, whatever its own code. */
public enum PlatformErrorKind {
    /** Slow down and try again later (Taobao 7, PDD 52101/70031, Douyin 60000). */
    RATE_LIMITED(true),
    /** The platform or the network failed (HTTP 5xx, Douyin 20000, timeouts). */
    UNAVAILABLE(true),
    /** The shop's access token expired or was revoked: the shop must re-authorise. */
    TOKEN_EXPIRED(false),
    /** Our signature was refused: wrong secret or algorithm. */
    SIGNATURE_REJECTED(false),
    /** Our timestamp was refused: the clock is off by more than the platform allows. */
    CLOCK_SKEW(false),
    /** The platform refused our parameters. */
    INVALID_REQUEST(false),
    /** A code we do not know: treated as transient, as the JD docs advise. */
    UNKNOWN(true);

    private final boolean retryable;

    PlatformErrorKind(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
