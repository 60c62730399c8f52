package io.orderhub.common.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderhub.common.executor.BoundXxlJobExecutor;
import io.orderhub.common.executor.ExecutorProperties;
import io.orderhub.common.executor.ExecutorRegistrationHealthIndicator;
import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.job.JobParameters;
import io.orderhub.common.job.RunOnceRunner;
import io.orderhub.common.job.Shard;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.common.metrics.CachedGroupedGauge;
import io.orderhub.common.metrics.DbGaugeRefresher;
import io.orderhub.common.metrics.MetricsProperties;
import io.orderhub.common.persistence.OrderLineMapper;
import io.orderhub.common.persistence.OrderMarketingMapper;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.freeze.FreezeAlerts;
import io.orderhub.common.freeze.FreezeHoldDecisions;
import io.orderhub.common.freeze.FreezeRuleStore;
import io.orderhub.common.freeze.FreezeRules;
import io.orderhub.common.freeze.FreezeScreen;
import io.orderhub.common.persistence.OrderStatusChanges;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.persistence.RawPayloadMapper;
import io.orderhub.common.persistence.UnifiedOrderMapper;
import io.orderhub.common.quarantine.QuarantineStore;
import io.orderhub.common.refetch.RefetchRequests;
import io.orderhub.common.secret.SecretResolver;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The wiring every executor app shares: clock, persistence, secrets, job parameters, and either the XXL-JOB
 * executor (normal mode) or the run-once runner ({@code --oms.run-once=<handler>}); no executor in job-sync's shop
 * command mode ({@code --oms.shops=…}) either; the executor's health component and the refresh of the
 * database-backed gauges (docs/metrics.md).
 */
@AutoConfiguration
@EnableConfigurationProperties({ExecutorProperties.class, MetricsProperties.class})
@MapperScan(basePackages = "io.orderhub", annotationClass = Mapper.class)
public class OmsCommonAutoConfiguration {

    /** The platforms all speak GMT+8; our stored wall-clock times are GMT+8 too. */
    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(PLATFORM_ZONE);
    }

    /** The one HTTP client factory: every client of the app shares its connection pool. */
    @Bean
    @ConditionalOnMissingBean
    HttpClientFactory httpClientFactory() {
        return new HttpClientFactory();
    }

    @Bean
    SecretResolver secretResolver(Environment environment) {
        return new SecretResolver(environment);
    }

    /** Order events ({@code oms.events.enabled}, docs/order-events.md) decide whether changes fill the outbox. */
    @Bean
    OrderWriter orderWriter(JdbcTemplate jdbc, Clock clock, @Value("${oms.events.enabled:false}") boolean events,
            FreezeScreen freezeScreen) {
        return new OrderWriter(jdbc, clock, events, freezeScreen);
    }

    @Bean
    FreezeRuleStore freezeRuleStore(JdbcTemplate jdbc) {
        return new FreezeRuleStore(jdbc);
    }

    @Bean
    FreezeAlerts freezeAlerts(AlertSink alerts, Clock clock) {
        return new FreezeAlerts(alerts, clock);
    }

    /** The freeze rules, re-read at most every {@code oms.freeze.rules-ttl} (docs/freeze-rules.md). */
    @Bean
    FreezeRules freezeRules(FreezeRuleStore store, FreezeAlerts alerts, Clock clock,
            @Value("${oms.freeze.rules-ttl:30s}") Duration ttl) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("oms.freeze.rules-ttl: must not be negative, got " + ttl);
        }
        return new FreezeRules(store, alerts, clock, ttl);
    }

    @Bean
    FreezeScreen freezeScreen(FreezeRules rules, FreezeRuleStore store, OrderReader reader, FreezeAlerts alerts,
            Clock clock) {
        return new FreezeScreen(rules, store, reader, alerts, clock);
    }

    @Bean
    FreezeHoldDecisions freezeHoldDecisions(OrderWriter writer, FreezeRuleStore store, FreezeAlerts alerts,
            TransactionTemplate tx, Clock clock) {
        return new FreezeHoldDecisions(writer, store, alerts, tx, clock);
    }

    @Bean
    OrderStatusChanges orderStatusChanges(JdbcTemplate jdbc, Clock clock,
            @Value("${oms.events.enabled:false}") boolean events) {
        return new OrderStatusChanges(jdbc, clock, events);
    }

    @Bean
    OrderReader orderReader(UnifiedOrderMapper orders, OrderLineMapper lines, OrderMarketingMapper marketing) {
        return new OrderReader(orders, lines, marketing);
    }

    /** Re-fetch requests: job-monitor's consistency repairs ask, job-sync's {@code orderRefetch} drains. */
    @Bean
    RefetchRequests refetchRequests(JdbcTemplate jdbc) {
        return new RefetchRequests(jdbc);
    }

    @Bean
    QuarantineStore quarantineStore(RawPayloadMapper mapper, Clock clock) {
        return new QuarantineStore(mapper, clock);
    }

    @Bean
    JobParameters jobParameters(Validator validator) {
        return new JobParameters(validator);
    }

    @Bean
    XxlJobBridge xxlJobBridge(JobParameters parameters) {
        return new XxlJobBridge(parameters);
    }

    @Bean(destroyMethod = "destroy")
    @ConditionalOnExpression("'${oms.run-once:}'.isEmpty() and '${oms.shops:}'.isEmpty() and ${oms.xxl.enabled:true}")
    BoundXxlJobExecutor xxlJobExecutor(ExecutorProperties properties, ApplicationContext context,
            MeterRegistry meters) {
        return new BoundXxlJobExecutor(properties, context, meters);
    }

    /** Health component {@code xxlJobAdmin}. */
    @Bean
    @ConditionalOnBean(BoundXxlJobExecutor.class)
    ExecutorRegistrationHealthIndicator xxlJobAdminHealthIndicator(BoundXxlJobExecutor executor) {
        return new ExecutorRegistrationHealthIndicator(executor);
    }

    /** Only where something can scrape: run-once mode and tools without a web server keep their database quiet. */
    @Bean(destroyMethod = "destroy")
    @ConditionalOnWebApplication
    DbGaugeRefresher dbGaugeRefresher(ObjectProvider<CachedGroupedGauge> families, MetricsProperties properties) {
        return new DbGaugeRefresher(families.orderedStream().toList(), properties.dbGaugeTtl());
    }

    @Bean
    @ConditionalOnProperty("oms.run-once")
    RunOnceRunner runOnceRunner(ApplicationContext context, Environment environment) {
        return new RunOnceRunner(context, environment.getProperty("oms.run-once"),
                environment.getProperty("oms.run-param", ""), shard(environment), System.out);
    }

    private static Shard shard(Environment environment) {
        String text = environment.getProperty("oms.run-shard", "0/1");
        String[] parts = text.split("/");
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("oms.run-shard: expected 'index/total' like 0/2, was '" + text + "'");
        }
    }
}
