package io.orderhub.sync.engine;

/** More orders were quarantined in one shop run than the skip limit allows: a flood is an outage, not noise. */
public class SkipLimitExceededException extends RuntimeException {

    public SkipLimitExceededException(String message) {
        super(message);
    }
}
