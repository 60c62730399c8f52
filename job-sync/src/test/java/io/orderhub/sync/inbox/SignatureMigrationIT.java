package io.orderhub.sync.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.job.InvalidJobParameterException;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobParameters;
import io.orderhub.common.testing.MariaDbTestContext;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.channel.taobao.TaobaoPushVerifier;
import io.orderhub.sync.inbox.signature.SignatureAdoptRequest;
import io.orderhub.sync.inbox.signature.SignatureAdoption;
import io.orderhub.sync.inbox.signature.SignatureMigrationAlerts;
import io.orderhub.sync.inbox.signature.SignatureMigrationProperties;
import io.orderhub.sync.inbox.signature.SignatureProbe;
import io.orderhub.sync.inbox.signature.SignatureProbeRequest;
import io.orderhub.sync.inbox.signature.SignatureProofStore;
import io.orderhub.sync.inbox.signature.SignatureRevertRequest;
import io.orderhub.sync.shop.ShopDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Signature migrations on MariaDB (issue #22): pushes signed by the test with the TOP rule arrive through the
 * receiver while the shop is configured for one algorithm and the platform signs with another; {@code
 * signatureProbe} proves, proposes or (auto-adopt on) adopts and replays; forged and mixed streams and downgrades
 * never adopt; operator adoption and revert are audited. Time is a {@link MutableClock}: the probe's two-minute
 * span and the outage's duration are simulated time.
 */
@SpringBootTest(classes = {JobSyncApplication.class, SignatureMigrationIT.Config.class},
        properties = {"TB_SECRET=taobao-app-secret-1", "TB_TOKEN=taobao-token",
                "oms.inbox.signature-migration.auto-adopt.TAOBAO=true"})
@ContextConfiguration(initializers = MariaDbTestContext.class)
@ActiveProfiles("test")
class SignatureMigrationIT {

    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime START = LocalDateTime.of(2026, 11, 25, 2, 10);
    static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final String SECRET = "taobao-app-secret-1";
    static final AtomicLong TIDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    @TestConfiguration
    static class Config {
        @Bean
        MutableClock clock() {
            return new MutableClock(START.atZone(GMT8).toInstant(), GMT8);
        }

        @Bean
        RecordedAlerts recordedAlerts() {
            return new RecordedAlerts();
        }
    }

    /** The alerts the suite posted, in order. */
    static class RecordedAlerts implements AlertSink {
        final List<Alert> posted = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void post(Alert alert) {
            posted.add(alert);
        }

        List<Alert> of(String shop) {
            return posted.stream().filter(a -> shop.equals(a.labels().get("shop"))).toList();
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InboxReceiver receiver;
    @Autowired
    InboxDrain drain;
    @Autowired
    InboxReplay replay;
    @Autowired
    SignatureProbe probe;
    @Autowired
    SignatureAdoption adoption;
    @Autowired
    SignatureProofStore proofs;
    @Autowired
    ShopDirectory shops;
    @Autowired
    TaobaoPushVerifier verifier;
    @Autowired
    SignatureMigrationAlerts migrationAlerts;
    @Autowired
    RecordedAlerts alerts;
    @Autowired
    JobParameters parameters;

    String shopId;

    @BeforeEach
    void setUp() {
        clock.set(START.atZone(GMT8).toInstant());
        shopId = "sig-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, access_token_ref, "
                + "callback_sign_method, created_at, updated_at) VALUES ('TAOBAO', ?, 'Push shop', '12345678', "
                + "'env:TB_SECRET', 'env:TB_TOKEN', 'md5', ?, ?)", shopId, START, START);
    }

    @Test
    void aProvenSwitchIsAutoAdoptedAndEveryHeldPushIsAppliedNoneLost() throws Exception {
        List<String> tids = send(30, Duration.ofSeconds(6), "hmac-sha256", SECRET);
        assertThat(states()).containsOnly("HELD");

        String summary = probeThisShop(probe);

        assertThat(summary).contains("ADOPTED=1");
        assertThat(method()).isEqualTo("hmac-sha256");
        assertThat(states()).hasSize(30).containsOnly("APPLIED");
        assertThat(orders()).isEqualTo(tids.size());
        Map<String, Object> change = lastChange();
        assertThat(change).containsEntry("from_method", "md5").containsEntry("to_method", "hmac-sha256")
                .containsEntry("changed_by", "auto: signatureProbe").containsEntry("held", 30)
                .containsEntry("replayed", 30).containsEntry("applied", 30).containsEntry("duplicates", 0);
        assertThat(change.get("proof_id")).isNotNull();
        assertThat(jdbc.queryForMap("SELECT outcome, verified_candidate, verified_neither, sampled FROM signature_proof "
                + "WHERE id = ?", change.get("proof_id"))).containsEntry("outcome", "ADOPTED")
                .containsEntry("verified_candidate", 30).containsEntry("verified_neither", 0).containsEntry("sampled", 30);
        Alert resolved = alerts.of(shopId).get(alerts.of(shopId).size() - 1);
        assertThat(resolved.isResolved()).isTrue();
        assertThat(resolved.summary()).isEqualTo("TAOBAO/" + shopId + " callback_sign_method md5 -> hmac-sha256 "
                + "(auto: signatureProbe, proof #" + change.get("proof_id") + "): held 30, replayed 30, applied 30, "
                + "duplicates 0");
    }

    @Test
    void forgedHmacPushesSignedWithAWrongSecretNeverLeadToAdoption() throws Exception {
        send(40, Duration.ofSeconds(6), "hmac-sha256", "an-attackers-guess");

        assertThat(probeThisShop(probe)).contains("UNVERIFIABLE=1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(probeThisShop(probe)).contains("UNVERIFIABLE=1");

        assertThat(method()).isEqualTo("md5");
        assertThat(states()).containsOnly("HELD");
        assertThat(changes()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signature_proof WHERE shop_id = ? AND candidate_method IS NULL "
                + "AND verified_neither = 40", Integer.class, shopId)).isEqualTo(1);
        assertThat(alerts.of(shopId)).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.isResolved()).isFalse();
            assertThat(alert.severity().name()).isEqualTo("CRITICAL");
            assertThat(alert.summary()).contains("verify under no documented algorithm", "40 of 40 sampled")
                    .doesNotContain(SECRET);
        });
    }

    @Test
    void aDowngradeToMd5IsOnlyProposed() throws Exception {
        jdbc.update("UPDATE channel_shop SET callback_sign_method = 'hmac-sha256' WHERE shop_id = ?", shopId);
        send(25, Duration.ofSeconds(6), "md5", SECRET);

        assertThat(probeThisShop(probe)).contains("DOWNGRADE=1");

        assertThat(method()).isEqualTo("hmac-sha256");
        assertThat(states()).containsOnly("HELD");
        assertThat(changes()).isZero();
        assertThat(alerts.of(shopId)).singleElement().satisfies(alert -> assertThat(alert.summary())
                .contains("pushes verify under md5 (25 of 25 sampled since 02:10 GMT+8); configured hmac-sha256. "
                        + "Approve: run signatureAdopt {\"shop\":\"" + shopId + "\",\"method\":\"md5\"}"));
    }

    @Test
    void aMixedStreamOfAttackerAndRealSwitchAlertsWithoutAdopting() throws Exception {
        send(25, Duration.ofSeconds(6), "hmac-sha256", SECRET);
        send(5, Duration.ofSeconds(6), "hmac-sha256", "an-attackers-guess");

        assertThat(probeThisShop(probe)).contains("UNVERIFIABLE=1");

        assertThat(method()).isEqualTo("md5");
        assertThat(states()).containsOnly("HELD");
        assertThat(changes()).isZero();
        assertThat(alerts.of(shopId)).singleElement().satisfies(alert -> {
            assertThat(alert.summary()).contains("pushes verify under hmac-sha256 (25 of 30 sampled since");
            assertThat(alert.details()).contains("5 of 30 sampled pushes verify under no algorithm");
        });
    }

    @Test
    void fewerThanTwentyMessagesOrLessThanTwoMinutesProveNothing() throws Exception {
        send(19, Duration.ofSeconds(10), "hmac-sha256", SECRET);
        assertThat(probeThisShop(probe)).contains("NOT_PROVEN=1");

        String burstShop = shopId;
        setUp();
        send(60, Duration.ofSeconds(1), "hmac-sha256", SECRET);
        assertThat(probeThisShop(probe)).contains("NOT_PROVEN=1");

        for (String shop : List.of(burstShop, shopId)) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signature_proof WHERE shop_id = ?", Integer.class, shop))
                    .isZero();
            assertThat(alerts.of(shop)).isEmpty();
        }
        assertThat(method()).isEqualTo("md5");
    }

    @Test
    void anOperatorAdoptsTheProposalAndRevertsItBothAuditedAndAutoAdoptDoesNotUndoTheRevert() throws Exception {
        SignatureProbe proposingOnly = new SignatureProbe(proofs, shops, verifier, adoption, migrationAlerts,
                new SignatureMigrationProperties(20, Duration.ofMinutes(2), 50, Map.of()), clock);
        send(27, Duration.ofSeconds(5), "hmac-sha256", SECRET);

        assertThat(probeThisShop(proposingOnly)).contains("PROPOSED=1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(probeThisShop(proposingOnly)).contains("PROPOSED=1");
        assertThat(method()).isEqualTo("md5");
        Map<String, Object> proof = jdbc.queryForMap("SELECT id, outcome, verified_candidate FROM signature_proof "
                + "WHERE shop_id = ?", shopId);
        assertThat(proof).as("one row per episode").containsEntry("outcome", "PROPOSED")
                .containsEntry("verified_candidate", 27);
        String approve = "{\"shop\":\"" + shopId + "\",\"method\":\"hmac-sha256\"}";
        assertThat(alerts.of(shopId)).hasSize(2).allSatisfy(alert -> assertThat(alert.summary()).isEqualTo(
                "TAOBAO/" + shopId + " pushes verify under hmac-sha256 (27 of 27 sampled since 02:10 GMT+8); "
                        + "configured md5. Approve: run signatureAdopt " + approve));

        clock.advance(Duration.ofMinutes(9));
        String adopted = adoption.adopt(parameters.parse(approve, SignatureAdoptRequest.class), JobContext.STANDALONE);

        assertThat(adopted).contains("md5 -> hmac-sha256", "held=27", "applied=27");
        assertThat(states()).containsOnly("APPLIED");
        Map<String, Object> change = lastChange();
        assertThat(change).containsEntry("changed_by", "operator: signatureAdopt").containsEntry("to_method", "hmac-sha256")
                .containsEntry("changed_at", START.plusSeconds(135).plusMinutes(10))
                .containsEntry("proof_id", proof.get("id"));
        LocalDateTime resolvedAt = jdbc.queryForObject("SELECT resolved_at FROM signature_proof WHERE id = ?",
                (rs, i) -> rs.getObject(1, LocalDateTime.class), proof.get("id"));
        assertThat(resolvedAt).isEqualTo(START.plusSeconds(135).plusMinutes(10));
        assertThat(alerts.of(shopId).get(2).isResolved()).isTrue();

        clock.advance(Duration.ofMinutes(1));
        adoption.revert(parameters.parse("{\"shop\":\"" + shopId + "\"}", SignatureRevertRequest.class),
                JobContext.STANDALONE);

        assertThat(method()).isEqualTo("md5");
        assertThat(lastChange()).containsEntry("from_method", "hmac-sha256").containsEntry("to_method", "md5")
                .containsEntry("changed_by", "operator: signatureRevert #" + change.get("id"));
        assertThat(orders()).isEqualTo(27);

        // Auto-adopt is on for the channel, but an operator reverted away from hmac-sha256: only proposed again.
        send(25, Duration.ofSeconds(6), "hmac-sha256", SECRET);
        assertThat(probeThisShop(probe)).contains("PROPOSED=1");
        assertThat(method()).isEqualTo("md5");
    }

    @Test
    void aProposalFixedByHandIsResolvedOnTheNextProbe() throws Exception {
        SignatureProbe proposingOnly = new SignatureProbe(proofs, shops, verifier, adoption, migrationAlerts,
                new SignatureMigrationProperties(20, Duration.ofMinutes(2), 50, Map.of()), clock);
        send(25, Duration.ofSeconds(6), "hmac-sha256", SECRET);
        assertThat(probeThisShop(proposingOnly)).contains("PROPOSED=1");

        jdbc.update("UPDATE channel_shop SET callback_sign_method = 'hmac-sha256' WHERE shop_id = ?", shopId);
        replay.run(new InboxReplayRequest(null, null, null, List.of(shopId), null, null, null, null), JobContext.STANDALONE);

        assertThat(probeThisShop(proposingOnly)).contains("alerts cleared: 1");
        assertThat(alerts.of(shopId)).hasSize(2).last().satisfies(alert -> {
            assertThat(alert.isResolved()).isTrue();
            assertThat(alert.summary()).contains("no push is held SIGNATURE_MISMATCH any more");
        });
        assertThat(probeThisShop(proposingOnly)).doesNotContain("alerts cleared");
        assertThat(states()).containsOnly("APPLIED");
    }

    @Test
    void jobParameterErrorsNameTheField() {
        assertThatThrownBy(() -> parameters.parse("{\"shop\":\"" + shopId + "\"}", SignatureAdoptRequest.class))
                .isInstanceOfSatisfying(InvalidJobParameterException.class, e -> assertThat(e.field()).isEqualTo("method"));
        assertThatThrownBy(() -> adoption.adopt(new SignatureAdoptRequest(shopId, "sha1"), JobContext.STANDALONE))
                .isInstanceOfSatisfying(InvalidJobParameterException.class, e -> {
                    assertThat(e.field()).isEqualTo("method");
                    assertThat(e.getMessage()).contains("md5", "hmac-sha256");
                });
        assertThatThrownBy(() -> adoption.adopt(new SignatureAdoptRequest(shopId, "md5"), JobContext.STANDALONE))
                .isInstanceOfSatisfying(InvalidJobParameterException.class, e -> {
                    assertThat(e.field()).isEqualTo("method");
                    assertThat(e.getMessage()).contains("already configured for md5");
                });
        assertThatThrownBy(() -> adoption.adopt(new SignatureAdoptRequest("no-such-shop", "hmac-sha256"),
                JobContext.STANDALONE)).isInstanceOfSatisfying(InvalidJobParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("shop"));
        assertThatThrownBy(() -> adoption.revert(new SignatureRevertRequest(shopId), JobContext.STANDALONE))
                .isInstanceOfSatisfying(InvalidJobParameterException.class, e -> {
                    assertThat(e.field()).isEqualTo("shop");
                    assertThat(e.getMessage()).contains("no signature method change recorded");
                });
        assertThat(method()).isEqualTo("md5");
    }

    @Test
    void withAutoAdoptAndDefaultSchedulesAllHeldOrdersAreAppliedWithinFiveMinutesOfTheSwitch() throws Exception {
        // The platform pushes one order every 5 s; it switches from md5 to hmac-sha256 2 min 7 s in (between two runs). inboxDrain
        // and signatureProbe run every minute (the documented schedules). Simulated time, second by second.
        LocalDateTime switchAt = START.plusMinutes(2).plusSeconds(7);
        LocalDateTime end = START.plusMinutes(10);
        List<String> sent = new ArrayList<>();
        LocalDateTime allAppliedAt = null;
        while (LocalDateTime.now(clock).isBefore(end)) {
            LocalDateTime now = LocalDateTime.now(clock);
            if (now.getSecond() % 5 == 0) {
                String tid = String.valueOf(TIDS.incrementAndGet());
                receive(tid, now.isBefore(switchAt) ? "md5" : "hmac-sha256", SECRET);
                sent.add(tid);
            }
            if (now.getSecond() == 0) {
                drain.run(new DrainRequest(null), JobContext.STANDALONE);
                probeThisShop(probe);
                drain.run(new DrainRequest(null), JobContext.STANDALONE);
                if (allAppliedAt == null && !now.isBefore(switchAt.plusMinutes(1)) && held() == 0 && orders() == sent.size()) {
                    allAppliedAt = now;
                }
            }
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(allAppliedAt).as("all held orders applied").isNotNull();
        Duration outage = Duration.between(switchAt, allAppliedAt);
        System.out.println("signature switch outage (simulated clock): " + outage.toSeconds() + " s from the switch "
                + "to all held orders applied, " + sent.size() + " pushes");
        assertThat(outage).isLessThanOrEqualTo(Duration.ofMinutes(5));
        drain.run(new DrainRequest(null), JobContext.STANDALONE);
        assertThat(orders()).as("0 lost").isEqualTo(sent.size());
        assertThat(states()).containsOnly("APPLIED");
        LocalDateTime adoptedAt = (LocalDateTime) lastChange().get("changed_at");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE shop_id = ? AND state = 'APPLIED' "
                + "AND sign_method = 'hmac-sha256' AND processed_at < ?", Integer.class, shopId, adoptedAt))
                .as("applied under an unproven algorithm").isZero();
    }

    private String probeThisShop(SignatureProbe which) {
        return which.run(new SignatureProbeRequest(List.of(shopId)), JobContext.STANDALONE);
    }

    /** {@code count} pushes, one every {@code apart}, each received as the clock says; the clock moves on. */
    private List<String> send(int count, Duration apart, String signMethod, String secret) throws Exception {
        List<String> tids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String tid = String.valueOf(TIDS.incrementAndGet());
            receive(tid, signMethod, secret);
            tids.add(tid);
            clock.advance(apart);
        }
        return tids;
    }

    private void receive(String tid, String signMethod, String secret) throws Exception {
        LocalDateTime now = LocalDateTime.now(clock);
        String trade = "{\"trade\":{\"tid\":" + tid + ",\"tid_str\":\"" + tid + "\",\"status\":\"WAIT_SELLER_SEND_GOODS\""
                + ",\"created\":\"" + TEXT.format(now.minusMinutes(5)) + "\",\"modified\":\"" + TEXT.format(now)
                + "\",\"total_fee\":\"10.00\",\"payment\":\"10.00\",\"buyer_nick\":\"小明\"}}";
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_key", "12345678");
        params.put("topic", "taobao_trade_TradeBuyerPay");
        params.put("message_id", "m-" + tid);
        params.put("timestamp", TEXT.format(now));
        params.put("sign_method", signMethod);
        params.put("content", trade);
        params.put("sign", TestSenders.topSign(params, secret, signMethod));
        receiver.receive(InboxSource.TAOBAO_PUSH, shopId, Map.of(), TestSenders.form(params));
    }

    private List<String> states() {
        return jdbc.queryForList("SELECT state FROM inbox_message WHERE shop_id = ?", String.class, shopId);
    }

    private int held() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE shop_id = ? AND state = 'HELD'",
                Integer.class, shopId);
    }

    private int orders() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE shop_id = ?", Integer.class, shopId);
    }

    private String method() {
        return jdbc.queryForObject("SELECT callback_sign_method FROM channel_shop WHERE shop_id = ?", String.class, shopId);
    }

    private int changes() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM signature_method_change WHERE shop_id = ?", Integer.class, shopId);
    }

    private Map<String, Object> lastChange() {
        Map<String, Object> row = new LinkedHashMap<>(jdbc.queryForMap("SELECT id, from_method, to_method, changed_by, "
                + "proof_id, held, replayed, applied, duplicates FROM signature_method_change WHERE shop_id = ? "
                + "ORDER BY id DESC LIMIT 1", shopId));
        row.put("changed_at", jdbc.queryForObject("SELECT changed_at FROM signature_method_change WHERE id = ?",
                (rs, i) -> rs.getObject(1, LocalDateTime.class), row.get("id")));
        return row;
    }
}
