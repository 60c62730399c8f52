package io.orderhub.demo;

import io.orderhub.sync.engine.SyncShutdown;
import org.springframework.context.SmartLifecycle;

/**
 * Prints the ground-truth check when the application stops — after {@link SyncShutdown} has let the running syncs
 * stop (it stops in the phase before this one), so the check reads a database no sync writes to any more. A check
 * on the context-closed event would run while a sync still writes, and count its half-written batches as lost.
 */
final class GroundTruthAtExit implements SmartLifecycle {

    private final Runnable report;
    private volatile boolean running;

    GroundTruthAtExit(Runnable report) {
        this.report = report;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        report.run();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SyncShutdown.PHASE - 1;
    }
}
