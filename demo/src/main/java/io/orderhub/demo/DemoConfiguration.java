package io.orderhub.demo;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.fault.FaultPlan;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.stress.SandboxLink;
import io.orderhub.sync.stress.SandboxShopRegistration;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import okhttp3.HttpUrl;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code demo} profile: starts the channel sandbox in-process (one shop per platform, with a few deliberately
 * broken orders), registers its shops like an operator would, and on exit prints how the synced database compares
 * with the sandbox's ground truth. Lets a newcomer see the whole sync work with nothing but a JDK.
 */
@Configuration
@Profile("demo")
public class DemoConfiguration {

    @Bean(destroyMethod = "close")
    ChannelSandbox demoSandbox(@Value("${oms.demo.orders-per-shop:2000}") int ordersPerShop) {
        return ChannelSandbox.builder()
                .seed(20261111)
                .shopsPerChannel(1)
                .ordersPerShop(ordersPerShop)
                .span(Duration.ofHours(20))
                .faults(FaultPlan.builder().badOrderRate(0.002).build())
                .build()
                .start();
    }

    @Bean
    SandboxLink demoSandboxLink(ChannelSandbox sandbox, HttpClientFactory clients) {
        return new SandboxLink(HttpUrl.get("http://127.0.0.1:" + sandbox.port() + "/"), clients);
    }

    /** Registers the sandbox shops once every bean (migrations included) is ready, before any job runs. */
    @Bean
    SmartInitializingSingleton demoShops(SandboxLink sandbox, ShopDirectory shopDirectory, ConfigurableEnvironment environment,
            Clock clock) {
        return () -> SandboxShopRegistration.register(sandbox, sandbox.shops(), shopDirectory, environment, clock,
                LocalDateTime.now(clock).minusDays(1));
    }

    @Bean
    GroundTruthAtExit demoTruthReport(SandboxLink sandbox, OrderReader reader, JdbcTemplate jdbc) {
        return new GroundTruthAtExit(() -> GroundTruthReport.print(sandbox, sandbox.shops(), reader, jdbc));
    }
}
