package io.orderhub.common.metrics;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code oms.metrics.*}: how long a database-backed gauge family keeps the result of its one grouped query, so a
 * Prometheus scrape costs the database at most one query per family per period.
 */
@Validated
@ConfigurationProperties("oms.metrics")
public record MetricsProperties(@NotNull @DefaultValue("15s") Duration dbGaugeTtl) {

    public MetricsProperties {
        if (dbGaugeTtl != null && dbGaugeTtl.isNegative()) {
            throw new IllegalArgumentException("oms.metrics.db-gauge-ttl: must not be negative, was " + dbGaugeTtl);
        }
    }
}
