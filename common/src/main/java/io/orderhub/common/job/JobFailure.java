package io.orderhub.common.job;

/**
 * A run that cannot succeed, with a reason code the operator can search for and whether running it again later
 * may help (a rate limit or an outage) or not (a bad token, a bad parameter).
 */
public class JobFailure extends RuntimeException {

    private final String reason;
    private final boolean retryable;

    public JobFailure(String reason, String message, boolean retryable) {
        super(message);
        this.reason = reason;
        this.retryable = retryable;
    }

    public JobFailure(String reason, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryable = retryable;
    }

    public String reason() {
        return reason;
    }

    public boolean retryable() {
        return retryable;
    }
}
