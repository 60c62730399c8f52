package io.orderhub.sync.stress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code oms.stress.*}. */
@Configuration
@EnableConfigurationProperties(StressTestProperties.class)
class StressTestConfiguration {
}
