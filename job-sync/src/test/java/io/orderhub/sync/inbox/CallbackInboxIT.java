package io.orderhub.sync.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.common.testing.MariaDbTestContext;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.common.testing.OrderFixtures;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.quarantine.QuarantineReplay;
import io.orderhub.sync.quarantine.ReplayRequest;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes and payment notifications over real HTTP into the inbox on MariaDB, signed by the test with the
 * senders' published rules: what verifies is applied once; what does not is held with its reason and never
 * marks an order paid; a configuration fix plus {@code inboxReplay} applies the held backlog.
 */
@SpringBootTest(classes = {JobSyncApplication.class, CallbackInboxIT.Config.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"TB_SECRET=taobao-app-secret-1", "TB_TOKEN=taobao-token",
                "GW_SECRET=gateway-shared-secret", "WX_V3=0123456789abcdef0123456789abcdef",
                "oms.payments.gateways.ali.type=ALIPAY", "oms.payments.gateways.ali.channel=TAOBAO",
                "oms.payments.gateways.ali.shop-id=pay-shop", "oms.payments.gateways.ali.app-id=2021000000000001",
                "oms.payments.gateways.ali.gateway-public-key-ref=env:ALI_PUB",
                "oms.payments.gateways.wx.type=WECHATPAY", "oms.payments.gateways.wx.channel=TAOBAO",
                "oms.payments.gateways.wx.shop-id=pay-shop", "oms.payments.gateways.wx.app-id=wx-app-1",
                "oms.payments.gateways.wx.merchant-id=1900000001", "oms.payments.gateways.wx.platform-serial=5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
                "oms.payments.gateways.wx.gateway-public-key-ref=env:WX_PUB", "oms.payments.gateways.wx.api-v3-key-ref=env:WX_V3",
                "oms.payments.gateways.gw.type=HMAC", "oms.payments.gateways.gw.channel=TAOBAO",
                "oms.payments.gateways.gw.shop-id=pay-shop", "oms.payments.gateways.gw.merchant-id=M-77",
                "oms.payments.gateways.gw.secret-ref=env:GW_SECRET", "oms.inbox.max-body-bytes=4096"})
@ContextConfiguration(initializers = MariaDbTestContext.class)
@ActiveProfiles("test")
class CallbackInboxIT {

    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 11, 12, 0);
    static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final String WX_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    static final KeyPair ALIPAY = TestSenders.rsaKeyPair();
    static final KeyPair WECHAT_PLATFORM = TestSenders.rsaKeyPair();
    static final KeyPair FORGER = TestSenders.rsaKeyPair();

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("ALI_PUB", () -> TestSenders.base64(ALIPAY.getPublic().getEncoded()));
        registry.add("WX_PUB", () -> "-----BEGIN PUBLIC KEY-----\n"
                + TestSenders.base64(WECHAT_PLATFORM.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    }

    @TestConfiguration
    static class Config {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOON.atZone(GMT8).toInstant(), GMT8);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrderWriter writer;
    @Autowired
    InboxDrain drain;
    @Autowired
    InboxReplay replay;
    @Autowired
    QuarantineReplay quarantineReplay;

    final OkHttpClient http = new OkHttpClient();
    String shopId;

    @BeforeEach
    void setUp() {
        clock.advance(Duration.between(clock.instant(), NOON.atZone(GMT8).toInstant()));
        shopId = "tb-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, access_token_ref, "
                + "created_at, updated_at) VALUES ('TAOBAO', ?, 'Push shop', '12345678', 'env:TB_SECRET', "
                + "'env:TB_TOKEN', ?, ?)", shopId, NOON, NOON);
    }

    // ---- Taobao push --------------------------------------------------------------------------------------

    @Test
    void md5SignedPushIsStoredAnsweredAndAppliedOnceByTheDrain() throws Exception {
        String tid = tid();
        Response reply = postPush(shopId, push(tid, "WAIT_SELLER_SEND_GOODS", NOON.minusMinutes(2), "md5", NOON));

        assertThat(reply.code()).isEqualTo(200);
        assertThat(reply.body().string()).isEqualTo("{\"success\":true}");
        assertThat(state(shopId, tid)).containsExactly("VERIFIED");

        String summary = drain.run(new DrainRequest(null), JobContext.STANDALONE);

        assertThat(summary).containsPattern("applied=[1-9]");
        assertThat(state(shopId, tid)).containsExactly("APPLIED");
        assertThat(orderStatus(shopId, tid)).isEqualTo("PAID");
        assertThat(jdbc.queryForObject("SELECT source FROM order_status_history h JOIN unified_order o "
                + "ON o.order_no = h.order_no WHERE o.shop_id = ? AND o.platform_order_id = ?", String.class, shopId, tid))
                .isEqualTo("CALLBACK");
    }

    @Test
    void aRetriedPushWithTheSameMessageIdIsStoredAsDuplicateAndAppliedOnce() throws Exception {
        String tid = tid();
        Map<String, String> message = push(tid, "WAIT_SELLER_SEND_GOODS", NOON.minusMinutes(2), "md5", NOON);
        postPush(shopId, message).close();
        postPush(shopId, message).close();

        assertThat(states(shopId)).containsExactlyInAnyOrder("VERIFIED", "DUPLICATE");
        drain.run(new DrainRequest(null), JobContext.STANDALONE);
        assertThat(states(shopId)).containsExactlyInAnyOrder("APPLIED", "DUPLICATE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_status_history h JOIN unified_order o "
                + "ON o.order_no = h.order_no WHERE o.shop_id = ?", Integer.class, shopId)).isEqualTo(1);
    }

    @Test
    void anOlderPushArrivingAfterANewerOneDoesNotMoveTheOrderBackwards() throws Exception {
        String tid = tid();
        postPush(shopId, push(tid, "WAIT_BUYER_CONFIRM_GOODS", NOON.minusMinutes(1), "md5", NOON)).close();
        postPush(shopId, push(tid, "WAIT_BUYER_PAY", NOON.minusMinutes(30), "md5", NOON)).close();

        drain.run(new DrainRequest(null), JobContext.STANDALONE);

        assertThat(orderStatus(shopId, tid)).isEqualTo("SHIPPED");
    }

    @Test
    void theSeedOutageHmacPushesAreHeldUntilTheShopIsSwitchedThenReplayAppliesThemExactlyOnce() throws Exception {
        List<String> tids = List.of(tid(), tid(), tid());
        for (String tid : tids) {
            Response reply = postPush(shopId, push(tid, "WAIT_SELLER_SEND_GOODS", NOON.minusMinutes(3), "hmac-sha256", NOON));
            assertThat(reply.code()).isEqualTo(200);
            reply.close();
        }
        assertThat(states(shopId)).containsOnly("HELD");
        assertThat(jdbc.queryForList("SELECT reason FROM inbox_message WHERE shop_id = ?", String.class, shopId))
                .containsOnly("SIGNATURE_MISMATCH");
        drain.run(new DrainRequest(null), JobContext.STANDALONE);
        assertThat(states(shopId)).containsOnly("HELD");

        clock.advance(Duration.ofHours(72));
        String beforeFix = replay.run(replayShop(), JobContext.STANDALONE);
        assertThat(beforeFix).contains("reverified=0").contains("SIGNATURE_MISMATCH=3");

        jdbc.update("UPDATE channel_shop SET callback_sign_method = 'hmac-sha256' WHERE shop_id = ?", shopId);
        String afterFix = replay.run(replayShop(), JobContext.STANDALONE);
        String again = replay.run(replayShop(), JobContext.STANDALONE);

        assertThat(afterFix).contains("examined=3", "reverified=3", "applied=3");
        assertThat(again).contains("examined=0");
        assertThat(states(shopId)).containsOnly("APPLIED");
        for (String tid : tids) {
            assertThat(orderStatus(shopId, tid)).isEqualTo("PAID");
        }
    }

    @Test
    void twoHeldCopiesOfOneMessageReplayAsOneAppliedAndOneDuplicate() throws Exception {
        String tid = tid();
        Map<String, String> message = push(tid, "WAIT_SELLER_SEND_GOODS", NOON.minusMinutes(2), "hmac-sha256", NOON);
        postPush(shopId, message).close(); // stored, but the answer was lost: the platform sends it again
        postPush(shopId, message).close();
        assertThat(states(shopId)).containsExactly("HELD", "HELD");

        jdbc.update("UPDATE channel_shop SET callback_sign_method = 'hmac-sha256' WHERE shop_id = ?", shopId);
        String summary = replay.run(replayShop(), JobContext.STANDALONE);

        assertThat(summary).contains("reverified=1", "duplicates=1", "applied=1");
        assertThat(states(shopId)).containsExactlyInAnyOrder("APPLIED", "DUPLICATE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_status_history h JOIN unified_order o "
                + "ON o.order_no = h.order_no WHERE o.shop_id = ?", Integer.class, shopId)).isEqualTo(1);
    }

    @Test
    void theLegacyAlgorithmIsAcceptedOnlyInsideItsWindowAndIsMarked() throws Exception {
        jdbc.update("UPDATE channel_shop SET callback_sign_method = 'hmac-sha256', callback_legacy_sign_method = 'md5', "
                + "callback_legacy_until = ? WHERE shop_id = ?", NOON.plusHours(1), shopId);
        String inside = tid();
        postPush(shopId, push(inside, "WAIT_BUYER_PAY", NOON.minusMinutes(1), "md5", NOON)).close();
        clock.advance(Duration.ofHours(2));
        String after = tid();
        postPush(shopId, push(after, "WAIT_BUYER_PAY", NOON.plusHours(2), "md5", NOON.plusHours(2))).close();

        assertThat(jdbc.queryForMap("SELECT state, legacy_accepted FROM inbox_message WHERE message_id = ?", "m-" + inside + "-WAIT_BUYER_PAY"))
                .containsEntry("state", "VERIFIED").containsEntry("legacy_accepted", true);
        assertThat(jdbc.queryForMap("SELECT state, reason FROM inbox_message WHERE message_id = ?", "m-" + after + "-WAIT_BUYER_PAY"))
                .containsEntry("state", "HELD").containsEntry("reason", "SIGNATURE_MISMATCH");
    }

    @Test
    void aPushWithAnUnknownStatusIsQuarantinedWhereQuarantineReplayFindsItLikeAPulledOne() throws Exception {
        String tid = tid();
        postPush(shopId, push(tid, "SOME_NEW_STATUS", NOON, "md5", NOON)).close();
        drain.run(new DrainRequest(null), JobContext.STANDALONE);

        assertThat(states(shopId)).containsExactly("APPLIED");
        assertThat(jdbc.queryForMap("SELECT kind, reason, failing_field FROM raw_payload WHERE shop_id = ? "
                + "AND platform_order_id = ?", shopId, tid)).containsEntry("kind", "ORDER")
                .containsEntry("reason", "UNKNOWN_STATUS");
        String replayed = quarantineReplay.run(new ReplayRequest(List.of(QuarantineReason.UNKNOWN_STATUS),
                List.of(Channel.TAOBAO), List.of(shopId), null, null, null), JobContext.STANDALONE);
        assertThat(replayed).contains("examined=1", "stillFailing={UNKNOWN_STATUS=1}");
    }

    @Test
    void aPushIsReadWithThePullsJsonConfigurationSoAnAmountADoubleWouldRoundIsRefusedNotRounded() throws Exception {
        String tid = tid();
        Map<String, String> params = push(tid, "WAIT_BUYER_PAY", NOON, "md5", NOON);
        params.put("content", params.get("content").replace("\"payment\":\"10.00\"",
                "\"payment\":10.000000000000000001"));
        params.put("sign", TestSenders.topSign(withoutSign(params), "taobao-app-secret-1", "md5"));
        postPush(shopId, params).close();
        drain.run(new DrainRequest(null), JobContext.STANDALONE);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE shop_id = ?", Integer.class, shopId))
                .isZero();
        assertThat(jdbc.queryForMap("SELECT reason, failing_field FROM raw_payload WHERE shop_id = ?", shopId))
                .hasEntrySatisfying("failing_field", field -> assertThat((String) field).contains("payment"));
    }

    @Test
    void staleUnsignedForeignAndUnknownShopPushesAreHeldWithTheirReasons() throws Exception {
        String stale = tid();
        postPush(shopId, push(stale, "WAIT_BUYER_PAY", NOON, "md5", NOON.minusMinutes(30))).close();
        Map<String, String> unsigned = push(tid(), "WAIT_BUYER_PAY", NOON, "md5", NOON);
        unsigned.remove("sign");
        postPush(shopId, unsigned).close();
        Map<String, String> foreignApp = push(tid(), "WAIT_BUYER_PAY", NOON, "md5", NOON);
        foreignApp.put("app_key", "99999999");
        foreignApp.put("sign", TestSenders.topSign(withoutSign(foreignApp), "taobao-app-secret-1", "md5"));
        postPush(shopId, foreignApp).close();
        postPush("no-such-shop", push(tid(), "WAIT_BUYER_PAY", NOON, "md5", NOON)).close();

        assertThat(jdbc.queryForList("SELECT reason FROM inbox_message WHERE shop_id = ? ORDER BY id", String.class, shopId))
                .containsExactly("STALE_TIMESTAMP", "SIGNATURE_MISSING", "APP_MISMATCH");
        assertThat(jdbc.queryForObject("SELECT reason FROM inbox_message WHERE shop_id = 'no-such-shop'", String.class))
                .isEqualTo("UNKNOWN_SHOP");
    }

    @Test
    void aShopIdOrGatewayNameLongerThanItsColumnIsStoredHeldAsUnknownNotAnsweredWith5xx() throws Exception {
        String longShop = "s" + tid() + "x".repeat(200);
        String longGateway = "g" + tid() + "y".repeat(200);

        try (Response push = postPush(longShop, push(tid(), "WAIT_BUYER_PAY", NOON, "md5", NOON));
                Response notice = post("/payments/alipay/" + longGateway, TestSenders.form(alipay("o" + tid(),
                        "TRADE_SUCCESS", "189.00", NOON, ALIPAY)), "application/x-www-form-urlencoded", Map.of())) {
            assertThat(push.code()).isEqualTo(200);
            assertThat(notice.code()).isEqualTo(200);
        }

        Map<String, Object> shopRow = jdbc.queryForMap("SELECT state, reason, shop_id FROM inbox_message "
                + "WHERE shop_id LIKE ?", longShop.substring(0, 40) + "%");
        assertThat(shopRow).containsEntry("state", "HELD").containsEntry("reason", "UNKNOWN_SHOP");
        assertThat((String) shopRow.get("shop_id")).hasSize(64).startsWith(longShop.substring(0, 47) + "~");
        assertThat(jdbc.queryForMap("SELECT state, reason FROM inbox_message WHERE gateway LIKE ?",
                longGateway.substring(0, 40) + "%")).containsEntry("state", "HELD").containsEntry("reason",
                "UNKNOWN_GATEWAY");
    }

    @Test
    void aShopWhoseSecretIsNotInTheEnvironmentHoldsItsPushesAsAConfigurationProblemNamingTheReference() throws Exception {
        jdbc.update("UPDATE channel_shop SET app_secret_ref = 'env:TB_SECRET_NOT_SET' WHERE shop_id = ?", shopId);
        postPush(shopId, push(tid(), "WAIT_BUYER_PAY", NOON, "md5", NOON)).close();

        assertThat(jdbc.queryForMap("SELECT state, reason, reason_detail FROM inbox_message WHERE shop_id = ?", shopId))
                .containsEntry("state", "HELD").containsEntry("reason", "CONFIGURATION")
                .hasEntrySatisfying("reason_detail", d -> assertThat((String) d).contains("TB_SECRET_NOT_SET")
                        .doesNotContain("taobao-app-secret-1"));
    }

    @Test
    void anOversizedBodyIsRefusedWith413ButItsBeginningIsKept() throws Exception {
        Response reply = post("/callbacks/taobao/" + shopId, "content=" + "x".repeat(10_000),
                "application/x-www-form-urlencoded", Map.of());

        assertThat(reply.code()).isEqualTo(413);
        Map<String, Object> kept = jdbc.queryForMap("SELECT state, reason, LENGTH(body) AS len FROM inbox_message "
                + "WHERE reason = 'BODY_TOO_LARGE' ORDER BY id DESC LIMIT 1");
        assertThat(kept).containsEntry("state", "HELD");
        assertThat(((Number) kept.get("len")).intValue()).isEqualTo(4096);
    }

    // ---- payments -----------------------------------------------------------------------------------------

    @Test
    void aGenuineAlipayPaidNoticeMarksTheAwaitingOrderPaidAndAnswersSuccess() throws Exception {
        String order = awaitingPayment();
        Response reply = postAlipay(alipay(order, "TRADE_SUCCESS", "189.00", NOON, ALIPAY));

        assertThat(reply.body().string()).isEqualTo("success");
        drain.run(new DrainRequest(null), JobContext.STANDALONE);
        assertThat(orderStatus("pay-shop", order)).isEqualTo("PAID");
        assertThat(lastHistorySource(order)).isEqualTo("CALLBACK");
    }

    @Test
    void forgedUnsignedStaleReplayedAndWrongAmountAlipayNoticesNeverMarkAnOrderPaid() throws Exception {
        String forged = awaitingPayment();
        postAlipay(alipay(forged, "TRADE_SUCCESS", "189.00", NOON, FORGER)).close();
        String unsigned = awaitingPayment();
        Map<String, String> noSign = alipay(unsigned, "TRADE_SUCCESS", "189.00", NOON, ALIPAY);
        noSign.remove("sign");
        postAlipay(noSign).close();
        String stale = awaitingPayment();
        postAlipay(alipay(stale, "TRADE_SUCCESS", "189.00", NOON.minusHours(1), ALIPAY)).close();
        String tampered = awaitingPayment();
        Map<String, String> changedAmount = alipay(tampered, "TRADE_SUCCESS", "189.00", NOON, ALIPAY);
        changedAmount.put("total_amount", "1.89");
        postAlipay(changedAmount).close();
        String cheap = awaitingPayment();
        postAlipay(alipay(cheap, "TRADE_SUCCESS", "1.00", NOON, ALIPAY)).close();

        drain.run(new DrainRequest(null), JobContext.STANDALONE);

        for (String order : List.of(forged, unsigned, stale, tampered, cheap)) {
            assertThat(orderStatus("pay-shop", order)).as(order).isEqualTo("PENDING_PAYMENT");
        }
        assertThat(reasonOf("ali-" + forged)).isEqualTo("SIGNATURE_MISMATCH");
        assertThat(reasonOf("ali-" + unsigned)).isEqualTo("SIGNATURE_MISSING");
        assertThat(reasonOf("ali-" + stale)).isEqualTo("STALE_TIMESTAMP");
        assertThat(reasonOf("ali-" + tampered)).isEqualTo("SIGNATURE_MISMATCH");
        assertThat(jdbc.queryForMap("SELECT state, reason FROM inbox_message WHERE message_id = ?", "ali-" + cheap))
                .containsEntry("state", "DEAD").containsEntry("reason", "AMOUNT_MISMATCH");
    }

    @Test
    void aReplayedAlipayNoticeIsADuplicateAndTheOrderGetsOneHistoryEntry() throws Exception {
        String order = awaitingPayment();
        Map<String, String> notice = alipay(order, "TRADE_SUCCESS", "189.00", NOON, ALIPAY);
        postAlipay(notice).close();
        postAlipay(notice).close();
        drain.run(new DrainRequest(null), JobContext.STANDALONE);

        assertThat(jdbc.queryForList("SELECT state FROM inbox_message WHERE message_id = ?", String.class, "ali-" + order))
                .containsExactlyInAnyOrder("APPLIED", "DUPLICATE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_status_history h JOIN unified_order o ON "
                + "o.order_no = h.order_no WHERE o.platform_order_id = ? AND h.to_status = 'PAID'", Integer.class, order))
                .isEqualTo(1);
    }

    @Test
    void aNoticeForAnOrderNotSyncedYetWaitsForItPastTheRetriesAndIsAppliedWhenTheOrderArrives() throws Exception {
        String later = "later-" + tid();
        postAlipay(alipay(later, "TRADE_SUCCESS", "189.00", NOON, ALIPAY)).close();

        for (Duration step : List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(6))) {
            clock.advance(step);
            drain.run(new DrainRequest(null), JobContext.STANDALONE);
        }
        assertThat(attemptsAndState("ali-" + later)).containsEntry("state", "VERIFIED")
                .containsEntry("reason", "AWAITING_ORDER");

        tx.executeWithoutResult(s -> writer.write(List.of(OrderFixtures.order(Channel.TAOBAO, "pay-shop", later,
                OrderStatus.PENDING_PAYMENT, OrderFixtures.T0)), StatusSource.PULL));
        drain.run(new DrainRequest(null), JobContext.STANDALONE);

        assertThat(attemptsAndState("ali-" + later)).containsEntry("state", "APPLIED");
        assertThat(orderStatus("pay-shop", later)).isEqualTo("PAID");
    }

    @Test
    void aNoticeWhoseOrderNeverArrivesIsDeadLetteredOnceTheWaitIsOver() throws Exception {
        String missing = "never-" + tid();
        postAlipay(alipay(missing, "TRADE_SUCCESS", "189.00", NOON, ALIPAY)).close();
        drain.run(new DrainRequest(null), JobContext.STANDALONE);

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        drain.run(new DrainRequest(null), JobContext.STANDALONE);

        assertThat(attemptsAndState("ali-" + missing)).containsEntry("state", "DEAD").containsEntry("attempts", 2)
                .containsEntry("reason", "ORDER_NOT_FOUND");
    }

    @Test
    void aNoticeWaitingForAnOrderWhosePushesAreHeldIsAppliedByTheDocumentedSignatureReplay() throws Exception {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM channel_shop WHERE channel = 'TAOBAO' AND shop_id = 'pay-shop'",
                Integer.class) == 0) {
            jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, "
                    + "access_token_ref, created_at, updated_at) VALUES ('TAOBAO', 'pay-shop', 'Paid shop', "
                    + "'12345678', 'env:TB_SECRET', 'env:TB_TOKEN', ?, ?)", NOON, NOON);
        }
        jdbc.update("UPDATE channel_shop SET callback_sign_method = 'md5' WHERE shop_id = 'pay-shop'");
        String order = tid();
        postPush("pay-shop", push(order, "WAIT_BUYER_PAY", NOON.minusMinutes(3), "hmac-sha256", NOON)).close();
        postAlipay(alipay(order, "TRADE_SUCCESS", "10.00", NOON, ALIPAY)).close();
        for (Duration step : List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(2))) {
            clock.advance(step);
            drain.run(new DrainRequest(null), JobContext.STANDALONE);
        }
        assertThat(attemptsAndState("ali-" + order)).containsEntry("reason", "AWAITING_ORDER");

        jdbc.update("UPDATE channel_shop SET callback_sign_method = 'hmac-sha256' WHERE shop_id = 'pay-shop'");
        String summary = replay.run(new InboxReplayRequest(null, List.of(InboxSource.TAOBAO_PUSH),
                List.of(Channel.TAOBAO), List.of("pay-shop"), List.of(InboxReason.SIGNATURE_MISMATCH), null, null, null),
                JobContext.STANDALONE);
        jdbc.update("UPDATE channel_shop SET callback_sign_method = 'md5' WHERE shop_id = 'pay-shop'");

        assertThat(summary).contains("notices whose order arrived: 1");
        assertThat(attemptsAndState("ali-" + order)).containsEntry("state", "APPLIED");
        assertThat(orderStatus("pay-shop", order)).isEqualTo("PAID");
    }

    @Test
    void aGenuineWechatPayNoticeIsDecryptedVerifiedAndApplied() throws Exception {
        String order = awaitingPayment();
        Response reply = postWechat(order, 18900, WECHAT_PLATFORM, WX_SERIAL, NOON, "0123456789abcdef0123456789abcdef");

        assertThat(reply.code()).isEqualTo(204);
        drain.run(new DrainRequest(null), JobContext.STANDALONE);
        assertThat(orderStatus("pay-shop", order)).isEqualTo("PAID");
    }

    @Test
    void wechatNoticesWithAForeignKeyUnknownSerialWrongApiKeyOrWrongAmountAreNotApplied() throws Exception {
        String forged = awaitingPayment();
        postWechat(forged, 18900, FORGER, WX_SERIAL, NOON, "0123456789abcdef0123456789abcdef").close();
        String serial = awaitingPayment();
        postWechat(serial, 18900, WECHAT_PLATFORM, "0000", NOON, "0123456789abcdef0123456789abcdef").close();
        String undecryptable = awaitingPayment();
        postWechat(undecryptable, 18900, WECHAT_PLATFORM, WX_SERIAL, NOON, "ffffffffffffffffffffffffffffffff").close();
        String cheap = awaitingPayment();
        postWechat(cheap, 100, WECHAT_PLATFORM, WX_SERIAL, NOON, "0123456789abcdef0123456789abcdef").close();

        drain.run(new DrainRequest(null), JobContext.STANDALONE);

        for (String order : List.of(forged, serial, undecryptable, cheap)) {
            assertThat(orderStatus("pay-shop", order)).as(order).isEqualTo("PENDING_PAYMENT");
        }
        assertThat(reasonOf("wx-" + forged)).isEqualTo("SIGNATURE_MISMATCH");
        assertThat(reasonOf("wx-" + serial)).isEqualTo("SIGNATURE_MISMATCH");
        assertThat(reasonOf("wx-" + undecryptable)).isEqualTo("MALFORMED");
        assertThat(reasonOf("wx-" + cheap)).isEqualTo("AMOUNT_MISMATCH");
    }

    @Test
    void hmacGatewayNoticesAreAppliedOnlyWithTheSharedSecret() throws Exception {
        String genuine = awaitingPayment();
        postGateway(genuine, "gateway-shared-secret").close();
        String forged = awaitingPayment();
        postGateway(forged, "guessed-secret").close();

        drain.run(new DrainRequest(null), JobContext.STANDALONE);

        assertThat(orderStatus("pay-shop", genuine)).isEqualTo("PAID");
        assertThat(orderStatus("pay-shop", forged)).isEqualTo("PENDING_PAYMENT");
        assertThat(reasonOf("gw-" + forged)).isEqualTo("SIGNATURE_MISMATCH");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static String tid() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L));
    }

    private InboxReplayRequest replayShop() {
        return new InboxReplayRequest(null, null, List.of(Channel.TAOBAO), List.of(shopId), null, null, null, null);
    }

    private Map<String, String> push(String tid, String status, LocalDateTime modified, String signMethod,
            LocalDateTime sentAt) throws Exception {
        String trade = "{\"trade\":{\"tid\":" + tid + ",\"tid_str\":\"" + tid + "\",\"status\":\"" + status
                + "\",\"created\":\"" + TEXT.format(NOON.minusHours(1)) + "\",\"modified\":\"" + TEXT.format(modified)
                + "\",\"total_fee\":\"10.00\",\"payment\":\"10.00\",\"buyer_nick\":\"小明\"}}";
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_key", "12345678");
        params.put("topic", "taobao_trade_TradeBuyerPay");
        params.put("message_id", "m-" + tid + "-" + status);
        params.put("timestamp", TEXT.format(sentAt));
        params.put("sign_method", signMethod);
        params.put("content", trade);
        params.put("sign", TestSenders.topSign(params, "taobao-app-secret-1", signMethod));
        return params;
    }

    private static Map<String, String> withoutSign(Map<String, String> params) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.remove("sign");
        return copy;
    }

    private String awaitingPayment() {
        String order = "p" + tid();
        tx.executeWithoutResult(s -> writer.write(List.of(OrderFixtures.order(Channel.TAOBAO, "pay-shop", order,
                OrderStatus.PENDING_PAYMENT, OrderFixtures.T0)), StatusSource.PULL));
        return order;
    }

    private Map<String, String> alipay(String order, String status, String amount, LocalDateTime sentAt, KeyPair signer)
            throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("notify_id", "ali-" + order);
        params.put("notify_time", TEXT.format(sentAt));
        params.put("notify_type", "trade_status_sync");
        params.put("app_id", "2021000000000001");
        params.put("charset", "utf-8");
        params.put("version", "1.0");
        params.put("sign_type", "RSA2");
        params.put("trade_no", "2026111122001" + order);
        params.put("out_trade_no", order);
        params.put("trade_status", status);
        params.put("total_amount", amount);
        params.put("gmt_payment", TEXT.format(sentAt.minusMinutes(1)));
        params.put("sign", TestSenders.alipaySign(params, signer.getPrivate()));
        return params;
    }

    private Response postAlipay(Map<String, String> params) throws Exception {
        return post("/payments/alipay/ali", TestSenders.form(params), "application/x-www-form-urlencoded", Map.of());
    }

    private Response postWechat(String order, long fen, KeyPair signer, String serial, LocalDateTime sentAt,
            String apiV3Key) throws Exception {
        String transaction = "{\"appid\":\"wx-app-1\",\"mchid\":\"1900000001\",\"out_trade_no\":\"" + order
                + "\",\"transaction_id\":\"4200001\",\"trade_state\":\"SUCCESS\",\"success_time\":"
                + "\"2026-11-11T11:59:00+08:00\",\"amount\":{\"total\":" + fen + ",\"payer_total\":" + fen
                + ",\"currency\":\"CNY\"}}";
        String nonce = "n0nce" + order.substring(order.length() - 7);
        String body = "{\"id\":\"wx-" + order + "\",\"create_time\":\"2026-11-11T12:00:00+08:00\","
                + "\"event_type\":\"TRANSACTION.SUCCESS\",\"resource_type\":\"encrypt-resource\",\"summary\":\"支付成功\","
                + "\"resource\":{\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\""
                + TestSenders.aesGcm(apiV3Key, nonce, "transaction", transaction)
                + "\",\"associated_data\":\"transaction\",\"original_type\":\"transaction\",\"nonce\":\"" + nonce + "\"}}";
        String timestamp = String.valueOf(sentAt.atZone(GMT8).toEpochSecond());
        String headerNonce = UUID.randomUUID().toString();
        return post("/payments/wechatpay/wx", body, "application/json", Map.of(
                "Wechatpay-Timestamp", timestamp, "Wechatpay-Nonce", headerNonce, "Wechatpay-Serial", serial,
                "Wechatpay-Signature", TestSenders.rsa2(signer.getPrivate(), timestamp + "\n" + headerNonce + "\n" + body + "\n")));
    }

    private Response postGateway(String order, String secret) throws Exception {
        String body = "{\"notify_id\":\"gw-" + order + "\",\"out_trade_no\":\"" + order + "\",\"trade_status\":\"SUCCESS\","
                + "\"total_amount\":\"189.00\",\"merchant_id\":\"M-77\",\"paid_at\":\"2026-11-11T11:58:00\"}";
        String timestamp = String.valueOf(NOON.atZone(GMT8).toEpochSecond());
        return post("/payments/gateway/gw", body, "application/json", Map.of("X-Signature-Timestamp", timestamp,
                "X-Signature-Nonce", "abc", "X-Signature", TestSenders.hmacSha256Hex(secret, timestamp + "\nabc\n" + body)));
    }

    private Response postPush(String shop, Map<String, String> params) throws Exception {
        return post("/callbacks/taobao/" + shop, TestSenders.form(params), "application/x-www-form-urlencoded", Map.of());
    }

    private Response post(String path, String body, String contentType, Map<String, String> headers) throws Exception {
        Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + port + path)
                .post(RequestBody.create(body, MediaType.get(contentType + "; charset=utf-8")));
        headers.forEach(request::header);
        return http.newCall(request.build()).execute();
    }

    private List<String> state(String shop, String tid) {
        return jdbc.queryForList("SELECT state FROM inbox_message WHERE shop_id = ? AND message_id LIKE ?",
                String.class, shop, "m-" + tid + "-%");
    }

    private List<String> states(String shop) {
        return jdbc.queryForList("SELECT state FROM inbox_message WHERE shop_id = ?", String.class, shop);
    }

    private String orderStatus(String shop, String platformOrderId) {
        return jdbc.queryForObject("SELECT status FROM unified_order WHERE shop_id = ? AND platform_order_id = ?",
                String.class, shop, platformOrderId);
    }

    private String lastHistorySource(String platformOrderId) {
        return jdbc.queryForObject("SELECT h.source FROM order_status_history h JOIN unified_order o ON "
                + "o.order_no = h.order_no WHERE o.platform_order_id = ? ORDER BY h.id DESC LIMIT 1", String.class,
                platformOrderId);
    }

    private String reasonOf(String messageId) {
        return jdbc.queryForObject("SELECT reason FROM inbox_message WHERE message_id = ? ORDER BY id LIMIT 1",
                String.class, messageId);
    }

    private Map<String, Object> attemptsAndState(String messageId) {
        return jdbc.queryForMap("SELECT state, attempts, reason FROM inbox_message WHERE message_id = ?", messageId);
    }
}
