package io.orderhub.sandbox.fault;

/** Outcome of a rate-limit check; {@code retryAfterSeconds} is at least 1 when not admitted. */
public record ThrottleVerdict(Kind kind, long retryAfterSeconds) {
    public enum Kind { ADMITTED, RATE_LIMITED, APP_BANNED }

    static final ThrottleVerdict ADMITTED = new ThrottleVerdict(Kind.ADMITTED, 0);
}
