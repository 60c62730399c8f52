package io.orderhub.common.job;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap a run had in use at once, sampled every 20 ms as committed minus free heap. (Adding up the per-pool
 * peaks overstates it, since eden, survivor and old generation peak at different moments; and G1's per-pool "used"
 * can even add up to more than the maximum heap, so it is not used either.)
 */
final class HeapPeak {

    private final Runtime runtime = Runtime.getRuntime();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "oms-heap-peak");
        thread.setDaemon(true);
        return thread;
    });

    private HeapPeak() {
    }

    static HeapPeak start() {
        HeapPeak heap = new HeapPeak();
        heap.sample();
        heap.sampler.scheduleAtFixedRate(heap::sample, 20, 20, TimeUnit.MILLISECONDS);
        return heap;
    }

    /** Stops sampling; returns the peak in megabytes. */
    long stop() {
        sampler.shutdownNow();
        sample();
        return peak.get() / (1024 * 1024);
    }

    private void sample() {
        peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
    }
}
