package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.SkuMasterSource;
import io.orderhub.report.entry.sku.SkuCatalogues;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The entry rules and the SKU catalogue they look codes up in; the SKU master source is configured elsewhere. */
@Configuration
@EnableConfigurationProperties(EntryRulesProperties.class)
public class EntryRulesConfiguration {

    @Bean
    SkuCatalogues skuCatalogues(ObjectProvider<SkuMasterSource> source, EntryRulesProperties properties, Clock clock) {
        return new SkuCatalogues(() -> {
            SkuMasterSource configured = source.getIfAvailable();
            if (configured == null) {
                throw new IllegalStateException("no SKU master source is configured (see docs/entries.md)");
            }
            return configured;
        }, properties.fuzzyMaxDistance(), properties.catalogueMaxAge(), clock, backgroundRebuilds());
    }

    /**
     * One daemon thread for the check API's rebuilds of a catalogue past its maximum age. Not a bean: an
     * {@code Executor} bean would replace Spring Boot's own task executor; idle, the daemon thread keeps no shutdown
     * from finishing.
     */
    private static ExecutorService backgroundRebuilds() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "sku-catalogue-rebuild");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    OrderLineSkus orderLineSkus(NamedParameterJdbcTemplate jdbc) {
        return new JdbcOrderLineSkus(jdbc);
    }

    @Bean
    EntryRules entryRules(EntryRulesProperties properties, SkuCatalogues catalogues, OrderLineSkus orderLines,
            Clock clock) {
        return new EntryRules(properties, catalogues, orderLines, clock);
    }
}
