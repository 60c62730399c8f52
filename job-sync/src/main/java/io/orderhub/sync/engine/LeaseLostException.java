package io.orderhub.sync.engine;

/** Our shop lease expired or was taken over: stop writing for this shop. */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(String message) {
        super(message);
    }
}
