package io.orderhub.monitor.feed;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.monitor.watch.FiringAlerts;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code apiChangeWatch} wiring. The feed fetcher takes a client per feed from the shared {@link HttpClientFactory}:
 * feeds are third-party sites with their own timeouts, size limits and no retries, nothing like the platform APIs'.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
public class FeedConfiguration {

    @Bean
    FeedFetcher feedFetcher(HttpClientFactory http, FeedProperties properties) {
        return new FeedFetcher(http, properties.feedDefaults().userAgent());
    }

    @Bean
    FeedStates feedStates(JdbcTemplate jdbc) {
        return new FeedStates(jdbc);
    }

    @Bean
    ApiChangeWatch apiChangeWatch(FeedProperties properties, SecretResolver secrets, FeedFetcher fetcher,
            FeedStates states, FiringAlerts alerts, Clock clock) {
        return new ApiChangeWatch(properties, secrets, fetcher, states, alerts, clock);
    }
}
