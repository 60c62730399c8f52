package io.orderhub.sync.shop.onboarding;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Shop command mode, when {@code oms.shops} names a subcommand (the executor then does not start). */
@Configuration
public class ShopCommandConfiguration {

    @Bean
    @ConditionalOnProperty("oms.shops")
    ShopCommandRunner shopCommandRunner(ShopCommands commands, Environment environment) {
        return new ShopCommandRunner(commands, environment.getProperty("oms.shops"), System.out);
    }
}
