package io.orderhub.monitor.feed;

import io.orderhub.common.secret.SecretResolver;
import io.orderhub.monitor.watch.FiringAlerts;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code apiChangeWatch} wiring. The OkHttp client is the feed fetcher's own (not a bean): feeds are third-party
 * sites with their own timeouts and no retries, nothing like the platform APIs' client.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
public class FeedConfiguration {

    @Bean
    FeedFetcher feedFetcher(FeedProperties properties) {
        return new FeedFetcher(new OkHttpClient.Builder().retryOnConnectionFailure(false).build(),
                properties.feedDefaults().userAgent());
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
