package io.orderhub.sync.sandbox;

import io.orderhub.common.persistence.OrderReader;
import java.time.Clock;
import java.time.LocalDateTime;
import okhttp3.HttpUrl;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code --oms.sandbox.url=http://127.0.0.1:18080/}: sync against a channel sandbox running in another process
 * (benchmarks, the stress test, trying things out). Registers its shops at start-up and prints the ground-truth
 * check at exit. Refuses any address that is not loopback.
 */
@Configuration
@ConditionalOnProperty("oms.sandbox.url")
public class ExternalSandboxConfiguration {

    @Bean
    SandboxLink externalSandboxLink(@Value("${oms.sandbox.url}") String url) {
        return new SandboxLink(HttpUrl.get(url));
    }

    @Bean
    SmartInitializingSingleton externalSandboxShops(SandboxLink sandbox, JdbcTemplate jdbc,
            ConfigurableEnvironment environment, Clock clock,
            @Value("${oms.sandbox.sync-from-days:40}") int syncFromDays) {
        return () -> SandboxShopRegistration.register(sandbox, sandbox.shops(), jdbc, environment,
                LocalDateTime.now(clock).minusDays(syncFromDays));
    }

    @Bean
    ApplicationListener<ContextClosedEvent> externalSandboxTruthReport(SandboxLink sandbox, OrderReader reader,
            JdbcTemplate jdbc) {
        return event -> GroundTruthReport.print(sandbox, reader, jdbc);
    }
}
