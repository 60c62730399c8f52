package io.orderhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.order.Channel;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.InboxReplay;
import io.orderhub.sync.inbox.InboxReplayRequest;
import io.orderhub.sync.shop.ShopDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The seed's outage end to end over HTTP: the platform (sandbox) switches its push signature to HMAC-SHA256 while
 * the shop is still configured for MD5. Every push is stored and held with SIGNATURE_MISMATCH (nothing lost,
 * nothing applied); the operator switches the shop's algorithm and replays; the database then equals the
 * platform's ground truth, and a second replay changes nothing.
 */
@SpringBootTest(classes = JobSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class SignatureSwitchScenarioIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShopDirectory shopDirectory;
    @Autowired
    Clock clock;
    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    OrderReader reader;
    @Autowired
    InboxReplay replay;

    @Test
    void pushesHeldDuringTheSignatureSwitchAreAllAppliedByReplayAfterTheFixAndMatchTheGroundTruth() throws Exception {
        try (TaobaoSignatureSwitch outage = new TaobaoSignatureSwitch(port, shopDirectory, environment, clock)) {
            String shopId = outage.shopId();

            long pushed = outage.pushTwoDays();

            Map<String, Object> held = jdbc.queryForMap("SELECT COUNT(*) AS n, COUNT(DISTINCT message_id) AS ids, "
                    + "MIN(reason) AS lo, MAX(reason) AS hi FROM inbox_message WHERE shop_id = ? AND state = 'HELD'", shopId);
            assertThat(((Number) held.get("n")).longValue()).isEqualTo(pushed).isGreaterThan(400);
            assertThat(held).containsEntry("lo", "SIGNATURE_MISMATCH").containsEntry("hi", "SIGNATURE_MISMATCH");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE shop_id = ?", Integer.class, shopId))
                    .isZero();

            jdbc.update("UPDATE channel_shop SET callback_sign_method = 'hmac-sha256' WHERE channel = 'TAOBAO' AND shop_id = ?",
                    shopId);
            InboxReplayRequest request = new InboxReplayRequest(null, null, List.of(Channel.TAOBAO), List.of(shopId),
                    List.of(InboxReason.SIGNATURE_MISMATCH), null, null, null);
            String first = replay.run(request, JobContext.STANDALONE);
            String second = replay.run(request, JobContext.STANDALONE);

            assertThat(first).contains("examined=" + pushed, "reverified=" + pushed, "applied=" + pushed,
                    "deadLettered=0", "stillFailing=0");
            assertThat(second).contains("examined=0");
            GroundTruthCheck.Report report = new GroundTruthCheck(outage.link, reader, jdbc).check(outage.shops);
            assertThat(report.exact()).as(report.toString()).isTrue();
            assertThat(report.expected()).isEqualTo(400);
        }
    }
}
