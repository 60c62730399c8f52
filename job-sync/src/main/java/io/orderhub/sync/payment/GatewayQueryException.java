package io.orderhub.sync.payment;

/** A gateway query failed or its answer failed verification; the message says which and why. */
public class GatewayQueryException extends RuntimeException {

    public GatewayQueryException(String message) {
        super(message);
    }

    public GatewayQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
