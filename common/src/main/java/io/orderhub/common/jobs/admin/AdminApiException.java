package io.orderhub.common.jobs.admin;

/** The admin refused a call or answered something that is not its API; the message names the call and why. */
public class AdminApiException extends RuntimeException {

    public AdminApiException(String message) {
        super(message);
    }

    public AdminApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
