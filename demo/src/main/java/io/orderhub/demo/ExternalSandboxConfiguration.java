package io.orderhub.demo;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.order.Channel;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import io.orderhub.sync.stress.SandboxLink;
import io.orderhub.sync.stress.SandboxShopRegistration;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import okhttp3.HttpUrl;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
    SandboxLink externalSandboxLink(@Value("${oms.sandbox.url}") String url, HttpClientFactory clients) {
        return new SandboxLink(HttpUrl.get(url), clients);
    }

    @Bean
    SmartInitializingSingleton externalSandboxShops(SandboxLink sandbox, ShopDirectory shopDirectory,
            ConfigurableEnvironment environment, Clock clock,
            @Value("${oms.sandbox.sync-from-days:40}") int syncFromDays,
            @Value("${oms.sandbox.sync-from:}") String syncFrom,
            @Value("${oms.sandbox.channels:}") List<Channel> channels) {
        LocalDateTime syncStartAt = syncStartAt(syncFrom, syncFromDays, clock);
        return () -> SandboxShopRegistration.register(sandbox, shops(sandbox, channels), shopDirectory, environment, clock,
                syncStartAt);
    }

    /**
     * Where the shops' first sync starts: {@code --oms.sandbox.sync-from=2026-12-03T02:00:00} (platform time), so that
     * two executors started apart plan the same windows and read the same pages (bench/run), or else
     * {@code --oms.sandbox.sync-from-days} before now.
     */
    static LocalDateTime syncStartAt(String syncFrom, int syncFromDays, Clock clock) {
        if (syncFrom.isBlank()) {
            return LocalDateTime.now(clock).minusDays(syncFromDays);
        }
        try {
            return LocalDateTime.parse(syncFrom.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("oms.sandbox.sync-from: an ISO local date-time in platform time such as"
                    + " 2026-12-03T02:00:00, not '" + syncFrom + "'", e);
        }
    }

    @Bean
    GroundTruthAtExit externalSandboxTruthReport(SandboxLink sandbox, OrderReader reader, JdbcTemplate jdbc,
            @Value("${oms.sandbox.channels:}") List<Channel> channels) {
        return new GroundTruthAtExit(() -> GroundTruthReport.print(sandbox, shops(sandbox, channels), reader, jdbc));
    }

    /** The sandbox's shops, narrowed by {@code --oms.sandbox.channels=TAOBAO,…} (e.g. for push-only runs). */
    private static List<SandboxShop> shops(SandboxLink sandbox, List<Channel> channels) {
        return sandbox.shops().stream().filter(s -> channels.isEmpty() || channels.contains(s.channel())).toList();
    }
}
