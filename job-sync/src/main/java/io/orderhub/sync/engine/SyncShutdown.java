package io.orderhub.sync.engine;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Lets running syncs stop at a safe point when the executor shuts down (SIGTERM, {@code systemctl stop}). Spring
 * stops this bean before any other (highest phase) and before it closes the database pool: from then on no shop
 * starts, and a shop under way stops right after its next committed batch (a completed window's cursor commits with
 * it), so the next run continues from the cursor. Spring waits for the running syncs up to
 * {@code spring.lifecycle.timeout-per-shutdown-phase} (30 s unless set); after that xxl-job-core interrupts the job
 * thread, and whatever batch was open rolls back (every batch is one transaction, every write idempotent).
 */
@Component
public class SyncShutdown implements SmartLifecycle {

    /** Stopped first: before the web server, the job executor and the database pool. */
    public static final int PHASE = DEFAULT_PHASE;

    private static final Logger log = LoggerFactory.getLogger(SyncShutdown.class);

    private final Object lock = new Object();
    private int running;
    private volatile boolean started;
    private volatile boolean stopRequested;

    /** Whether the executor is shutting down: shops not yet started stay so, running ones stop at a safe point. */
    public boolean stopRequested() {
        return stopRequested;
    }

    /** Marks a sync run as under way until the returned handle is closed; shutdown waits for it. */
    public RunningSync begin() {
        synchronized (lock) {
            running++;
        }
        return this::end;
    }

    private void end() {
        synchronized (lock) {
            running--;
            lock.notifyAll();
        }
    }

    /** A sync run shutdown waits for. */
    @FunctionalInterface
    public interface RunningSync extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public void stop() {
        requestStop();
        awaitRunsStopped();
    }

    @Override
    public void stop(Runnable callback) {
        requestStop();
        Thread waiter = new Thread(() -> {
            awaitRunsStopped();
            callback.run();
        }, "oms-sync-shutdown");
        waiter.setDaemon(true);
        waiter.start();
    }

    private void requestStop() {
        stopRequested = true;
        started = false;
        synchronized (lock) {
            if (running > 0) {
                log.info("executor shutting down: {} running sync(s) asked to stop after their next committed batch",
                        running);
            }
        }
    }

    private void awaitRunsStopped() {
        long began = System.nanoTime();
        synchronized (lock) {
            if (running == 0) {
                return;
            }
            while (running > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        log.info("running syncs stopped at a safe point after {} ms; the next run continues from each shop's cursor",
                Duration.ofNanos(System.nanoTime() - began).toMillis());
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
