package io.orderhub.sync.channel.http;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of one shop's run, filled by the HTTP layer and printed in the run log. */
public final class CallStats {

    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong pacingWaitMillis = new AtomicLong();

    void call() {
        calls.incrementAndGet();
    }

    void retry() {
        retries.incrementAndGet();
    }

    void rateLimited() {
        rateLimited.incrementAndGet();
    }

    void waited(long millis) {
        pacingWaitMillis.addAndGet(millis);
    }

    public long calls() {
        return calls.get();
    }

    public long retries() {
        return retries.get();
    }

    public long rateLimitedResponses() {
        return rateLimited.get();
    }

    public long pacingWaitMillis() {
        return pacingWaitMillis.get();
    }
}
