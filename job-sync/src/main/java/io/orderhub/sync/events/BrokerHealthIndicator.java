package io.orderhub.sync.events;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health component {@code rabbit} (only with {@code oms.events.enabled=true}): whether the broker accepts our user,
 * by opening and closing one connection. The answer is kept {@link #KEEP} so frequent health polls do not open a
 * connection each. Details name the broker (host, port, vhost) and its version, or the failure; never the password.
 */
final class BrokerHealthIndicator implements HealthIndicator {

    static final Duration KEEP = Duration.ofSeconds(15);

    private final RabbitOrderEvents broker;
    private final LongSupplier nanoTime;
    private Health last;
    private long lastAtNanos;

    BrokerHealthIndicator(RabbitOrderEvents broker, LongSupplier nanoTime) {
        this.broker = broker;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized Health health() {
        long now = nanoTime.getAsLong();
        if (last == null || now - lastAtNanos >= KEEP.toNanos()) {
            last = probe();
            lastAtNanos = now;
        }
        return last;
    }

    private Health probe() {
        try {
            return Health.up().withDetail("broker", broker.describeBroker()).withDetail("version", broker.probe())
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("broker", broker.describeBroker()).withDetail("error", e.getMessage())
                    .build();
        }
    }
}
