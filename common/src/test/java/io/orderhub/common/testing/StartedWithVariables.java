package io.orderhub.common.testing;

import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Starts an app as deployed (executor on, test profile's database) with the given environment variables instead of
 * the process's: they go in a {@link SystemEnvironmentPropertySource} under the system environment's name, so Spring
 * applies the same relaxed binding to them as to real variables (a variable named like a property sets it).
 */
public final class StartedWithVariables {

    private StartedWithVariables() {
    }

    public static ConfigurableApplicationContext start(Class<?> application, Map<String, Object> variables,
            String... arguments) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        SpringApplication app = new SpringApplication(application);
        app.setEnvironment(environment);
        app.setAdditionalProfiles("test");
        return app.run(Stream.concat(Stream.of("--oms.xxl.enabled=true"), Stream.of(arguments)).toArray(String[]::new));
    }
}
