package io.orderhub.common.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at a MariaDB schema of its own (see {@link TestDatabase#freshSchemaProperties()}). */
public class FreshMariaDbSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("mariadb-fresh-schema", TestDatabase.get().freshSchemaProperties()));
    }
}
