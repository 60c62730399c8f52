package io.orderhub.monitor.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.orderhub.common.metrics.CachedGroupedGauge;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monitor's database-backed gauge: alerts firing, by name and severity, from {@code alert_state} (one grouped
 * read-only query, refreshed by common's {@code DbGaugeRefresher}, never per scrape). An alert fires until its
 * {@code ends_at}, a GMT+8 wall-clock time compared with the injected clock's now.
 */
@Configuration
public class MonitorMetricsConfiguration {

    @Bean
    CachedGroupedGauge alertsFiringGauge(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        return new CachedGroupedGauge(registry, "oms.alerts.firing", "Alerts firing now (silenced ones included),"
                + " by alert name and severity", null, 0, () -> {
                    Map<Tags, Double> counts = new HashMap<>();
                    jdbc.query("SELECT name, severity, COUNT(*) FROM alert_state WHERE ends_at IS NULL OR ends_at > ?"
                            + " GROUP BY name, severity", rs -> {
                                counts.put(Tags.of("alertname", rs.getString(1), "severity", rs.getString(2)),
                                        (double) rs.getLong(3));
                            }, LocalDateTime.now(clock));
                    return counts;
                });
    }
}
