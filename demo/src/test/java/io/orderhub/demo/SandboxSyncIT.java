package io.orderhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.job.Shard;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.fault.FaultPlan;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.engine.ChannelOrderSync;
import io.orderhub.sync.engine.SyncRequest;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import io.orderhub.sync.stress.SandboxLink;
import io.orderhub.sync.stress.SandboxShopRegistration;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * All four adapters and the engine against the channel sandbox (its own independent reading of the platforms'
 * formats), with the platforms misbehaving, checked field by field against the sandbox's ground truth.
 */
@SpringBootTest(classes = JobSyncApplication.class, properties = {
        "oms.sync.parallel-shops=4", "oms.sync.retry.base-delay=10ms", "oms.sync.retry.max-delay=2s",
        "oms.sync.timeout=1s", "oms.sync.settle-delay=0s",
        "oms.sync.pacing.PDD.rate-per-second=200", "oms.sync.pacing.PDD.burst=1"})
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class SandboxSyncIT {

    static ChannelSandbox sandbox;

    @Autowired
    ChannelOrderSync sync;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShopDirectory shopDirectory;
    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    OrderReader reader;

    @BeforeAll
    static void startSandbox() {
        sandbox = ChannelSandbox.builder()
                .seed(7)
                .shopsPerChannel(2)
                .ordersPerShop(1500)
                // Orders whose paid amount disagrees with their stated discount (Douyin, PDD) or exceeds goods +
                // freight + tax (Taobao, JD): the money invariants quarantine them, the check expects exactly that.
                .inconsistentFraction(0.01)
                .span(Duration.ofHours(20))
                .unlimitedRateLimits()
                .faults(FaultPlan.builder()
                        .serverErrorRate(0.03)
                        .rateLimitRate(0.03)
                        .serviceUnavailableRate(0.02)
                        .truncatedJsonRate(0.02)
                        .timeoutRate(0.004)
                        .bodyStallRate(0.004)
                        .malformedJsonRate(0.01)
                        .repeatPageRate(0.05)
                        .movingOrdersPerPage(1)
                        .shuffleWithinPage(true)
                        .badOrderRate(0.003)
                        .outOfOrderModifiedRate(0.05)
                        .build())
                .build()
                .start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void everyChannelSyncsExactlyToTheGroundTruthDespiteFaults() {
        SandboxLink link = new SandboxLink(HttpUrl.get("http://127.0.0.1:" + sandbox.port() + "/"), new HttpClientFactory());
        List<SandboxShop> shops = link.shops();
        SandboxShopRegistration.register(link, shops, shopDirectory, environment, clock,
                LocalDateTime.now(clock).minusDays(1));
        SyncRequest request = new SyncRequest(List.of(), shops.stream().map(SandboxShop::shopId).toList(), null, null);

        List<String> outcomes = new ArrayList<>();
        for (int run = 0; run < 6; run++) {
            try {
                outcomes.add(sync.run(request, new JobContext(Shard.SOLE, (pattern, args) ->
                        System.out.println(MessageFormatter.arrayFormat(pattern, args).getMessage()))));
                break;
            } catch (JobFailure transientFailure) {
                outcomes.add(transientFailure.getMessage()); // a shop whose retries ran out: the next run resumes it
            }
        }
        // The moving-orders fault keeps modifying orders while we page; once the platform is quiet, one more run
        // catches up with the last of them, as the next scheduled run would.
        // Late stamps are part of the orders' content (as bad orders are): they stay, or the truth would change.
        sandbox.faults(FaultPlan.builder().badOrderRate(0.003).outOfOrderModifiedRate(0.05).build());
        outcomes.add(sync.run(request, new JobContext(Shard.SOLE, (pattern, args) -> { })));
        GroundTruthCheck.Report report = new GroundTruthCheck(link, reader, jdbc).check(shops);

        assertThat(outcomes.get(outcomes.size() - 2)).as(outcomes.toString()).contains("0 failed");
        assertThat(report.exact()).as(report.toString()).isTrue();
        assertThat(report.expected()).isGreaterThan(11_000);
        assertThat(report.quarantinedAsExpected()).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM raw_payload WHERE reason = 'AMOUNT_INVARIANT' "
                + "AND failing_field IN ('shop_order.pay_amount', 'order_info.pay_amount')", Integer.class)).isPositive();
    }
}
