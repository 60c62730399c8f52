package io.orderhub.sync.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.common.testing.OrderFixtures;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.engine.ChannelOrderSync;
import io.orderhub.sync.engine.LeaseAttempt;
import io.orderhub.sync.engine.ShopLease;
import io.orderhub.sync.engine.ShopLeases;
import io.orderhub.sync.engine.SyncRequest;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.shop.ShopRegistration;
import io.orderhub.sync.testing.RegisteredSandbox;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code stateAccuracySample} against the channel sandbox, which speaks the four platforms' detail APIs
 * ({@code taobao.trade.fullinfo.get}, {@code jingdong.pop.order.get}, {@code order.orderDetail},
 * {@code pdd.order.information.get}) and refuses any call whose signature fails the platform's documented rule. The
 * shops are synced first, so what we hold equals the platform; then the test makes our side drift.
 */
@SpringBootTest(classes = JobSyncApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The sandbox shops it registers (secrets in this context's environment only) must not reach the next class's runs.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StateAccuracySampleIT {

    private static final String EMPTY_SHOP = "no-recent-orders";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShopDirectory shopDirectory;
    @Autowired
    Clock clock;
    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrderWriter writer;
    @Autowired
    ChannelOrderSync sync;
    @Autowired
    ShopLeases leases;
    @Autowired
    StateAccuracySampler sampler;

    private RegisteredSandbox sandbox;

    @BeforeAll
    void syncTheSandboxShops() {
        sandbox = RegisteredSandbox.start(16, 40);
        sandbox.register(shopDirectory, environment, clock);
        sync.run(SyncRequest.all(), JobContext.STANDALONE);
        // A Douyin shop of ours with valid credentials but no order in the last days: nothing to sample.
        SandboxShop douyin = sandbox.shop(Channel.DOUYIN);
        String prefix = "env:OMS_SANDBOX_DOUYIN_" + douyin.shopId().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        shopDirectory.register(new ShopRegistration(Channel.DOUYIN, EMPTY_SHOP, "no orders", douyin.appKey(),
                prefix + "_SECRET", prefix + "_TOKEN", sandbox.link().base().toString(), 100, 900,
                LocalDateTime.now(clock)), LocalDateTime.now(clock).withNano(0));
    }

    @AfterAll
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void driftedStatusAndAFenOfAmountAreMismatchesFetchErrorsAreNeitherAndAnEmptyShopIsNotMeasured() {
        String drifted = jdbc.queryForObject("SELECT platform_order_id FROM unified_order WHERE status = 'SHIPPED' "
                + "ORDER BY order_no LIMIT 1", String.class);
        jdbc.update("UPDATE unified_order SET status = 'PAID' WHERE platform_order_id = ?", drifted);
        String offByAFen = jdbc.queryForObject("SELECT platform_order_id FROM unified_order WHERE channel = 'PDD' "
                + "AND platform_order_id <> ? ORDER BY order_no LIMIT 1", String.class, drifted);
        jdbc.update("UPDATE unified_order SET paid_amount = paid_amount + 0.01 WHERE platform_order_id = ?", offByAFen);
        holdOrderThePlatformDoesNotHave(Channel.TAOBAO, "1");
        holdOrderThePlatformDoesNotHave(Channel.JD, "2");
        int held = jdbc.queryForObject("SELECT COUNT(*) FROM unified_order", Integer.class);

        String summary = sampler.run(new AccuracySampleRequest(null, null, 7, 1000, "it-all"), JobContext.STANDALONE);

        assertThat(summary).contains("4 measured", "1 not measured", "status mismatches 1", "amount mismatches 1",
                "fetch errors 2");
        assertThat(count("SELECT COUNT(*) FROM state_accuracy_sample s JOIN state_accuracy_run r "
                + "ON r.run_id = s.run_id AND r.channel = s.channel AND r.shop_id = s.shop_id WHERE r.seed = 'it-all'"))
                .as("every order we hold was drawn: perShop exceeds each shop's orders").isEqualTo(held);
        Map<String, Object> statusRow = sampleOf(drifted);
        assertThat(statusRow).containsEntry("our_status", "PAID").containsEntry("platform_status", "SHIPPED")
                .containsEntry("status_match", false).containsEntry("amount_match", true);
        Map<String, Object> amountRow = sampleOf(offByAFen);
        assertThat(amountRow).containsEntry("status_match", true).containsEntry("amount_match", false);
        assertThat(((BigDecimal) amountRow.get("our_paid_amount")).subtract((BigDecimal) amountRow
                .get("platform_paid_amount"))).isEqualByComparingTo("0.01");
        assertThat(sampleOf("1")).containsEntry("status_match", null).containsEntry("amount_match", null)
                .containsEntry("platform_status", null);
        assertThat((String) sampleOf("1").get("fetch_error")).startsWith("PLATFORM_INVALID_REQUEST:");
        assertThat(sampleOf("2")).containsEntry("status_match", null).containsEntry("amount_match", null);
        assertThat((String) sampleOf("2").get("fetch_error")).startsWith("PLATFORM_INVALID_REQUEST:apiResult/");
        assertThat(jdbc.queryForList("SELECT DISTINCT channel FROM state_accuracy_sample WHERE fetch_error IS NULL",
                String.class)).as("every platform's detail API answered").containsExactlyInAnyOrder("TAOBAO", "JD",
                "DOUYIN", "PDD");

        Map<String, Object> taobao = runOf(Channel.TAOBAO, sandbox.shop(Channel.TAOBAO).shopId());
        int taobaoCompared = ((Number) taobao.get("compared")).intValue();
        assertThat(taobao.get("fetch_errors")).isEqualTo(1);
        assertThat(taobao.get("sampled")).isEqualTo(taobaoCompared + 1);
        assertThat(taobao.get("outcome")).isEqualTo("MEASURED");
        assertThat((BigDecimal) taobao.get("accuracy_low")).isLessThan((BigDecimal) taobao.get("accuracy_high"));
        Map<String, Object> empty = runOf(Channel.DOUYIN, EMPTY_SHOP);
        assertThat(empty).containsEntry("outcome", "NOT_MEASURED").containsEntry("compared", 0)
                .containsEntry("accuracy_low", null).containsEntry("accuracy_high", null);
    }

    @Test
    void aShopWhoseSyncHoldsTheLeaseIsSkippedWithoutAskingItsPlatform() {
        SandboxShop jd = sandbox.shop(Channel.JD);
        LeaseAttempt syncing = leases.acquire("JD", jd.shopId(), "another-executor/sync-run");
        try (ShopLease lease = (ShopLease) syncing) {
            String summary = sampler.run(new AccuracySampleRequest(List.of(Channel.JD), null, null, null, "it-leased"),
                    JobContext.STANDALONE);

            assertThat(summary).contains("1 skipped (leased)");
        }
        assertThat(jdbc.queryForObject("SELECT outcome FROM state_accuracy_run WHERE seed = 'it-leased'", String.class))
                .isEqualTo("SKIPPED_LEASED");
        assertThat(count("SELECT COUNT(*) FROM state_accuracy_sample s JOIN state_accuracy_run r ON r.run_id = s.run_id"
                + " WHERE r.seed = 'it-leased'")).isZero();
    }

    @Test
    void theSameSeedDrawsTheSameOrders() {
        SandboxShop taobao = sandbox.shop(Channel.TAOBAO);
        AccuracySampleRequest request = new AccuracySampleRequest(List.of(Channel.TAOBAO), List.of(taobao.shopId()),
                null, 5, "it-repeat");

        sampler.run(request, JobContext.STANDALONE);
        sampler.run(request, JobContext.STANDALONE);

        List<String> runs = jdbc.queryForList("SELECT run_id FROM state_accuracy_run WHERE seed = 'it-repeat'",
                String.class);
        assertThat(runs).hasSize(2);
        List<List<String>> draws = new ArrayList<>();
        for (String run : runs) {
            draws.add(jdbc.queryForList("SELECT order_no FROM state_accuracy_sample WHERE run_id = ? ORDER BY order_no",
                    String.class, run));
        }
        assertThat(draws.get(0)).hasSize(5).isEqualTo(draws.get(1));
    }

    private void holdOrderThePlatformDoesNotHave(Channel channel, String platformOrderId) {
        String shopId = sandbox.shop(channel).shopId();
        tx.executeWithoutResult(s -> writer.write(List.of(OrderFixtures.order(channel, shopId, platformOrderId,
                OrderStatus.PAID, OrderFixtures.T0)), StatusSource.PULL));
        LocalDateTime anHourAgo = LocalDateTime.now(clock).withNano(0).minusHours(1);
        jdbc.update("UPDATE unified_order SET created_at = ?, platform_modified_at = ? WHERE channel = ? "
                + "AND platform_order_id = ?", anHourAgo, anHourAgo, channel.name(), platformOrderId);
    }

    private Map<String, Object> sampleOf(String platformOrderId) {
        return jdbc.queryForMap("SELECT s.* FROM state_accuracy_sample s JOIN unified_order o ON o.order_no = s.order_no"
                + " JOIN state_accuracy_run r ON r.run_id = s.run_id AND r.channel = s.channel AND r.shop_id = s.shop_id"
                + " WHERE r.seed = 'it-all' AND o.platform_order_id = ?", platformOrderId);
    }

    private Map<String, Object> runOf(Channel channel, String shopId) {
        return jdbc.queryForMap("SELECT * FROM state_accuracy_run WHERE seed = 'it-all' AND channel = ? AND shop_id = ?",
                channel.name(), shopId);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
