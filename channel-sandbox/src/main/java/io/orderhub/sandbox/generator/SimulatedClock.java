package io.orderhub.sandbox.generator;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The marketplace's "now" (Unix seconds). Order states derive from it; it only moves when told to. */
public final class SimulatedClock {
    private final AtomicLong now;

    public SimulatedClock(long epochSecond) {
        this.now = new AtomicLong(epochSecond);
    }

    public long now() {
        return now.get();
    }

    public long advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the simulated clock only moves forward: " + duration);
        }
        return now.addAndGet(duration.getSeconds());
    }
}
