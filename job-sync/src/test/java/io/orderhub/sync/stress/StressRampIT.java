package io.orderhub.sync.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.job.Shard;
import io.orderhub.common.order.Channel;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.engine.ChannelOrderSync;
import io.orderhub.sync.shop.ShopDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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

/** The peak stress test against a sandbox that generates a ramp of new orders in real time. */
@SpringBootTest(classes = JobSyncApplication.class, properties = {"oms.stress.enabled=true",
        "oms.sync.settle-delay=0s", "oms.sync.pacing.PDD.rate-per-second=500", "oms.sync.pacing.PDD.burst=50"})
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class StressRampIT {

    static ChannelSandbox sandbox;

    @Autowired
    StressRamp stressRamp;
    @Autowired
    ChannelOrderSync sync;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    Clock clock;
    @Autowired
    ShopDirectory shopDirectory;

    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startSandbox() {
        sandbox = ChannelSandbox.builder().seed(11).shopsPerChannel(1).ordersPerShop(20).unlimitedRateLimits()
                .build().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private JobContext context() {
        return new JobContext(Shard.SOLE, (pattern, args) -> log.add(MessageFormatter.arrayFormat(pattern, args).getMessage()));
    }

    @Test
    void everyOrderOfTheRampIsSyncedAndTheRunIsReported() {
        String url = "http://127.0.0.1:" + sandbox.port() + "/";
        StressTestRequest request = new StressTestRequest(url, List.of(new StressTestRequest.Step(3, 300),
                new StressTestRequest.Step(3, 900)), List.of(Channel.TAOBAO, Channel.PDD), 1, 30);

        String summary = stressRamp.run(request, context());

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM stress_test_run ORDER BY id DESC LIMIT 1");
        assertThat(((Number) row.get("orders_created")).intValue()).isGreaterThan(50);
        assertThat(row.get("orders_synced")).as(summary + " " + log).isEqualTo(row.get("orders_created"));
        assertThat(row.get("lag_p95_seconds")).isNotNull();
        assertThat(summary).contains("breaking point=");
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith("step 300/min: orders="));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM channel_shop WHERE api_base_url = ? AND enabled = TRUE",
                Integer.class, url)).isZero();
    }

    @Test
    void refusesAnythingThatIsNotALoopbackSandbox() {
        for (String url : List.of("http://10.1.2.3:8080/", "http://127.0.0.1:1/", "not a url")) {
            StressTestRequest request = new StressTestRequest(url, List.of(new StressTestRequest.Step(1, 60)), null,
                    null, null);
            assertThatThrownBy(() -> stressRamp.run(request, context()))
                    .isInstanceOfSatisfying(JobFailure.class, e -> assertThat(e.reason()).isEqualTo("NOT_A_SANDBOX"))
                    .hasMessageContaining("sandboxUrl");
        }
    }

    @Test
    void refusesToRunWhereItIsNotSwitchedOn() {
        StressRamp disabled = new StressRamp(sync, jdbc, environment, clock, new StressTestProperties(false),
                new HttpClientFactory(), shopDirectory);
        StressTestRequest request = new StressTestRequest("http://127.0.0.1:" + sandbox.port() + "/",
                List.of(new StressTestRequest.Step(1, 60)), null, null, null);

        assertThatThrownBy(() -> disabled.run(request, context()))
                .isInstanceOfSatisfying(JobFailure.class,
                        e -> assertThat(e.reason()).isEqualTo("STRESS_TEST_DISABLED"))
                .hasMessageContaining("oms.stress.enabled");
    }
}
