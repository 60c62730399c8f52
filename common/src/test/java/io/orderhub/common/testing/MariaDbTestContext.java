package io.orderhub.common.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at the per-JVM MariaDB test schema: {@code @ContextConfiguration(initializers = ...)}. */
public class MariaDbTestContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("mariadb-test", TestDatabase.get().springProperties()));
    }
}
