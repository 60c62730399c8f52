package io.orderhub.sync.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.http.ChannelCallListener;
import java.time.Duration;
import java.util.Collection;

/**
 * The sync's counters: orders written per shop ({@code oms.sync.orders}) and, as the channel client's
 * {@link ChannelCallListener}, platform calls, errors and rate-limit waits per channel. Tag values are channel
 * names, shop ids, error kinds and fixed words: no credentials, no free text. The per-channel series start at 0
 * for every channel of the app, so {@code rate()} and alerts on them work before the first error.
 */
public final class SyncMeters implements ChannelCallListener {

    static final String ORDERS = "oms.sync.orders";
    static final String CALLS = "oms.platform.calls";
    static final String ERRORS = "oms.platform.errors";
    static final String RATE_LIMIT_WAITS = "oms.platform.rate.limit.waits";
    static final String MALFORMED = "MALFORMED";

    private final MeterRegistry registry;

    public SyncMeters(MeterRegistry registry, Collection<Channel> channels) {
        this.registry = registry;
        for (Channel channel : channels) {
            calls(channel);
            rateLimitWaits(channel);
            for (PlatformErrorKind kind : PlatformErrorKind.values()) {
                errors(channel, kind.name());
            }
            errors(channel, MALFORMED);
        }
    }

    /** What one shop's run wrote: new, updated and unchanged orders. */
    public void ordersSynced(String channel, String shopId, int inserted, int updated, int unchanged) {
        orders(channel, shopId, "new").increment(inserted);
        orders(channel, shopId, "updated").increment(updated);
        orders(channel, shopId, "unchanged").increment(unchanged);
    }

    private Counter orders(String channel, String shopId, String change) {
        return Counter.builder(ORDERS)
                .description("Orders a sync run wrote (new, updated) or found unchanged, per shop")
                .tag("channel", channel).tag("shop", shopId).tag("change", change)
                .register(registry);
    }

    @Override
    public void attempted(Channel channel) {
        calls(channel).increment();
    }

    @Override
    public void failed(Channel channel, String kind) {
        errors(channel, kind).increment();
    }

    @Override
    public void paced(Channel channel, Duration wait) {
        rateLimitWaits(channel).record(wait);
    }

    private Counter calls(Channel channel) {
        return Counter.builder(CALLS).description("Requests sent to the platform's order APIs (each retry counts)")
                .tag("channel", channel.name()).register(registry);
    }

    private Counter errors(Channel channel, String kind) {
        return Counter.builder(ERRORS).description("Platform requests that failed or were refused, by error kind")
                .tag("channel", channel.name()).tag("kind", kind).register(registry);
    }

    private Timer rateLimitWaits(Channel channel) {
        return Timer.builder(RATE_LIMIT_WAITS)
                .description("Waits for the platform's rate limit (token bucket) before a request")
                .tag("channel", channel.name()).register(registry);
    }
}
