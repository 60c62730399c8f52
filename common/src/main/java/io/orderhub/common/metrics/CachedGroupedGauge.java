package io.orderhub.common.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A family of gauges (one per tag set) read from the database by one grouped query. Scrapes never query: they read
 * the snapshot that {@link DbGaugeRefresher} takes every {@code oms.metrics.db-gauge-ttl}, so however often
 * Prometheus scrapes, the database sees one query per family per period. A tag set the query no longer returns
 * reads {@code absentValue}: 0 for a count (that backlog is gone), NaN for a measurement that no longer exists.
 */
public final class CachedGroupedGauge {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final String unit;
    private final double absentValue;
    private final Supplier<Map<Tags, Double>> query;
    private final Set<Tags> registered = new HashSet<>();
    private volatile Map<Tags, Double> snapshot = Map.of();

    public CachedGroupedGauge(MeterRegistry registry, String name, String description, String unit, double absentValue,
            Supplier<Map<Tags, Double>> query) {
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.unit = unit;
        this.absentValue = absentValue;
        this.query = query;
    }

    public String name() {
        return name;
    }

    /** Runs the one grouped query and registers a gauge for every tag set that has none yet. */
    public synchronized void refresh() {
        Map<Tags, Double> rows = Map.copyOf(query.get());
        snapshot = rows;
        for (Tags tags : rows.keySet()) {
            if (registered.add(tags)) {
                Gauge.builder(name, this, gauge -> gauge.value(tags))
                        .description(description)
                        .baseUnit(unit)
                        .tags(tags)
                        .strongReference(true)
                        .register(registry);
            }
        }
    }

    double value(Tags tags) {
        return snapshot.getOrDefault(tags, absentValue);
    }
}
