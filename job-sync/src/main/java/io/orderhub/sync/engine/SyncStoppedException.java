package io.orderhub.sync.engine;

/** The executor is shutting down: the shop's run stopped right after a committed batch (see {@link SyncShutdown}). */
public class SyncStoppedException extends RuntimeException {

    public SyncStoppedException(String message) {
        super(message);
    }
}
