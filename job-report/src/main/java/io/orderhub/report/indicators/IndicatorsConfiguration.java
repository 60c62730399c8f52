package io.orderhub.report.indicators;

import io.orderhub.report.health.HealthReportDelivery;
import io.orderhub.report.health.HealthReportFiles;
import io.orderhub.report.health.MaturityAssessor;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The indicator beans. {@code oms.report.default-promise.<CHANNEL>} (durations such as {@code 48h}) and
 * {@code oms.report.indicator-lookback} (how long before a range an order may have been created and still ship,
 * arrive or be due in it; default 60d) are read here; a bad value fails start-up naming the property.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorsConfiguration {

    @Bean
    DefaultPromises defaultPromises(Environment environment) {
        Map<String, Duration> configured = Binder.get(environment)
                .bind("oms.report.default-promise", Bindable.mapOf(String.class, Duration.class))
                .orElse(Map.of());
        return DefaultPromises.fromConfiguration(configured);
    }

    @Bean
    IndicatorStore indicatorStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        return new IndicatorStore(jdbc, transaction);
    }

    @Bean
    IndicatorComputation indicatorComputation(JdbcTemplate jdbc, IndicatorStore store, DefaultPromises defaults,
            @Value("${oms.report.indicator-lookback:60d}") Duration lookback, Clock clock) {
        if (lookback.isNegative()) {
            throw new IllegalStateException("oms.report.indicator-lookback: must not be negative; was " + lookback);
        }
        return new IndicatorComputation(jdbc, store, defaults, lookback, clock);
    }

    @Bean
    HealthReportReader healthReportReader(IndicatorStore store) {
        return new HealthReportReader(store);
    }

    @Bean
    HealthIndicatorsRun healthIndicatorsRun(IndicatorComputation computation, HealthReportReader reader,
            ObjectProvider<MaturityAssessor> assessor, ObjectProvider<HealthReportFiles> files,
            ObjectProvider<HealthReportDelivery> delivery, Clock clock) {
        return new HealthIndicatorsRun(computation, reader, assessor, files, delivery, clock);
    }
}
