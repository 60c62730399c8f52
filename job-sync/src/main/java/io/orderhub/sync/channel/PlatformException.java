package io.orderhub.sync.channel;

/** A call the platform refused, after the HTTP layer's retries. */
public class PlatformException extends RuntimeException {

    private final PlatformError error;

    public PlatformException(String shopLabel, String api, PlatformError error) {
        super(shopLabel + " " + api + ": " + error);
        this.error = error;
    }

    public PlatformError error() {
        return error;
    }
}
