package io.orderhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.inbox.signature.SignatureProbe;
import io.orderhub.sync.inbox.signature.SignatureProbeRequest;
import io.orderhub.sync.shop.ShopDirectory;
import java.time.Clock;
import java.time.Duration;
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
 * The seed's outage with auto-adopt on and no operator step: the sandbox (a sender written independently of our
 * verifier) switches to HMAC-SHA256 while the shop is configured for MD5; every push is held; one
 * {@code signatureProbe} run proves the switch from the held pushes, adopts it and replays; the database then
 * equals the platform's ground truth. The sandbox delivers two days of pushes within seconds of wall clock, so the
 * two-minute span rule is set to zero here; the span and the outage time at the default schedules are measured on a
 * simulated clock by job-sync's {@code SignatureMigrationIT}.
 */
@SpringBootTest(classes = JobSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"oms.inbox.signature-migration.auto-adopt.TAOBAO=true",
                "oms.inbox.signature-migration.min-span=0s"})
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class SignatureAutoAdoptScenarioIT {

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
    SignatureProbe probe;

    @Test
    void heldPushesAreProvenAdoptedAndReplayedWithoutAnOperatorAndMatchTheGroundTruth() throws Exception {
        try (TaobaoSignatureSwitch outage = new TaobaoSignatureSwitch(port, shopDirectory, environment, clock)) {
            String shopId = outage.shopId();

            long started = System.nanoTime();
            long pushed = outage.pushTwoDays();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE shop_id = ? AND state = 'HELD' "
                    + "AND reason = 'SIGNATURE_MISMATCH'", Long.class, shopId)).isEqualTo(pushed);

            String summary = probe.run(new SignatureProbeRequest(List.of(shopId)), JobContext.STANDALONE);
            Duration wallClock = Duration.ofNanos(System.nanoTime() - started);

            assertThat(summary).contains("ADOPTED=1");
            Map<String, Object> change = jdbc.queryForMap("SELECT from_method, to_method, changed_by, held, replayed, "
                    + "applied, duplicates FROM signature_method_change WHERE shop_id = ?", shopId);
            assertThat(change).containsEntry("from_method", "md5").containsEntry("to_method", "hmac-sha256")
                    .containsEntry("changed_by", "auto: signatureProbe");
            assertThat(((Number) change.get("applied")).longValue()).isEqualTo(pushed);
            assertThat(jdbc.queryForList("SELECT DISTINCT state FROM inbox_message WHERE shop_id = ?", String.class,
                    shopId)).containsExactly("APPLIED");
            GroundTruthCheck.Report report = new GroundTruthCheck(outage.link, reader, jdbc).check(outage.shops);
            assertThat(report.exact()).as(report.toString()).isTrue();
            assertThat(report.expected()).isEqualTo(400);
            System.out.println("signature switch, auto-adopt (wall clock, span rule off): " + pushed
                    + " pushes held and applied " + wallClock.toMillis() + " ms after the first push");
        }
    }
}
