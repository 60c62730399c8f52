package io.orderhub.sandbox.fault;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.SandboxStats;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides, request by request, which faults of the current {@link FaultPlan} fire, and counts each one in the stats
 * under {@code fault.<name>}. Draws come from one seeded stream, so a single-threaded run is reproducible.
 */
public final class FaultInjector {
    private final AtomicReference<FaultPlan> plan = new AtomicReference<>(FaultPlan.none());
    private final AtomicInteger requests = new AtomicInteger();
    private final SplittableRandom random;
    private final SandboxStats stats;

    public FaultInjector(long seed, SandboxStats stats) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.stats = stats;
    }

    public FaultPlan plan() {
        return plan.get();
    }

    public void plan(FaultPlan next) {
        plan.set(next == null ? FaultPlan.none() : next);
    }

    public int nextRequestNumber() {
        return requests.incrementAndGet();
    }

    public boolean serverError(Channel channel, int requestNumber) {
        FaultPlan p = plan.get();
        return fire(channel, "serverError",
                p.serverErrorOnRequests().contains(requestNumber) || draw(p.serverErrorRate()));
    }

    public boolean timeout(Channel channel) {
        return fire(channel, "timeout", draw(plan.get().timeoutRate()));
    }

    public boolean bodyStall(Channel channel) {
        return fire(channel, "bodyStall", draw(plan.get().bodyStallRate()));
    }

    public long delayMillis(Channel channel) {
        FaultPlan p = plan.get();
        return p.delayMillis() > 0 && fire(channel, "delay", draw(p.delayRate())) ? p.delayMillis() : 0;
    }

    public boolean malformedJson(Channel channel) {
        return fire(channel, "malformedJson", draw(plan.get().malformedJsonRate()));
    }

    public boolean truncatedJson(Channel channel) {
        return fire(channel, "truncatedJson", draw(plan.get().truncatedJsonRate()));
    }

    public boolean injectedRateLimit(Channel channel) {
        return fire(channel, "rateLimit", draw(plan.get().rateLimitRate()));
    }

    public boolean serviceUnavailable(Channel channel) {
        return fire(channel, "serviceUnavailable", draw(plan.get().serviceUnavailableRate()));
    }

    public boolean repeatPage(Channel channel) {
        return fire(channel, "repeatedPage", draw(plan.get().repeatPageRate()));
    }

    public boolean tokenExpired(Channel channel, String shopId, Instant now) {
        boolean expired = plan.get().expiredTokens().stream().anyMatch(e -> e.channel() == channel
                && e.shopId().equals(shopId) && !now.isBefore(e.at()));
        if (expired) {
            stats.increment("fault.tokenExpired");
        }
        return expired;
    }

    public double badOrderRate() {
        return plan.get().badOrderRate();
    }

    /** Fraction of the channel's orders whose latest change is stamped late (0 when the plan skips the channel). */
    public double outOfOrderModifiedRate(Channel channel) {
        FaultPlan p = plan.get();
        return p.appliesTo(channel) ? p.outOfOrderModifiedRate() : 0;
    }

    /** A fresh seeded stream for reordering a page. */
    public synchronized SplittableRandom shuffleRandom() {
        return random.split();
    }

    private boolean fire(Channel channel, String name, boolean drawn) {
        boolean fires = drawn && plan.get().appliesTo(channel);
        if (fires) {
            stats.increment("fault." + name);
        }
        return fires;
    }

    private synchronized boolean draw(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
