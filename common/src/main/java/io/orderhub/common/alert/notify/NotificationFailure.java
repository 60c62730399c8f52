package io.orderhub.common.alert.notify;

/**
 * A message a receiver did not accept: a reason code (HTTP_STATUS, PLATFORM_ERROR, RATE_LIMITED, IO, SMTP,
 * BAD_REPLY), whether trying again later may help, and the platform's own message. Never carries a secret.
 */
public class NotificationFailure extends RuntimeException {

    private final String receiver;
    private final String reason;
    private final boolean retryable;

    public NotificationFailure(String receiver, String reason, String message, boolean retryable) {
        super("receiver " + receiver + ": " + reason + ": " + message);
        this.receiver = receiver;
        this.reason = reason;
        this.retryable = retryable;
    }

    public String receiver() {
        return receiver;
    }

    public String reason() {
        return reason;
    }

    public boolean retryable() {
        return retryable;
    }
}
