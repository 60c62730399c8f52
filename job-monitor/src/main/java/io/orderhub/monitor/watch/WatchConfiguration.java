package io.orderhub.monitor.watch;

import io.orderhub.common.alert.AlertSink;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The watchers' wiring. The {@link AlertSink} is whatever the context provides (common's DB-backed sink once it is
 * there); without one, alerts are logged so the app still starts and runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WatchProperties.class)
public class WatchConfiguration {

    @Bean
    FiringAlerts firingAlerts(JdbcTemplate jdbc, ObjectProvider<AlertSink> sinks, Clock clock) {
        return new FiringAlerts(jdbc, sinks.getIfAvailable(LoggedAlertSink::new), clock);
    }

    @Bean
    SyncLagWatch syncLagWatch(JdbcTemplate jdbc, FiringAlerts alerts, WatchProperties properties, Clock clock) {
        return new SyncLagWatch(jdbc, alerts, properties, clock);
    }

    @Bean
    FailureSpikeWatch failureSpikeWatch(JdbcTemplate jdbc, FiringAlerts alerts, WatchProperties properties,
            Clock clock) {
        return new FailureSpikeWatch(jdbc, alerts, properties, clock);
    }
}
