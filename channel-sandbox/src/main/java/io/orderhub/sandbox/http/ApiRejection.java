package io.orderhub.sandbox.http;

/** A refused platform call; carried to the gateway's error renderer. Cheap: no stack trace. */
public final class ApiRejection extends RuntimeException {
    private final Reason reason;
    private final String detail;
    private final long retryAfterSeconds;

    public ApiRejection(Reason reason, String detail) {
        this(reason, detail, 0);
    }

    public ApiRejection(Reason reason, String detail, long retryAfterSeconds) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
        this.detail = detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
