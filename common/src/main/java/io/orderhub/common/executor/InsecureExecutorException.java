package io.orderhub.common.executor;

/** Start-up refused because the executor would be reachable without a strong token. */
public class InsecureExecutorException extends IllegalStateException {

    public InsecureExecutorException(String message) {
        super(message);
    }
}
