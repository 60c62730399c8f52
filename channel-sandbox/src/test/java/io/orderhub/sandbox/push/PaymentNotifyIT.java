package io.orderhub.sandbox.push;

import static io.orderhub.sandbox.push.PushChecks.alipayNotifyContent;
import static io.orderhub.sandbox.push.PushChecks.awaitIdle;
import static io.orderhub.sandbox.push.PushChecks.publicKey;
import static io.orderhub.sandbox.push.PushChecks.rsa2Verifies;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.SignedCalls;
import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.payment.ForgedNotice;
import io.orderhub.sandbox.payment.Forgery;
import io.orderhub.sandbox.payment.PaymentGatewaySpec;
import io.orderhub.sandbox.truth.UnifiedOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentNotifyIT {
    private static final Instant NOW = Instant.parse("2024-01-15T02:00:00Z");
    private static final Instant SINCE = NOW.minus(Duration.ofDays(1));
    private static final PushSettings FAST = PushSettings.defaults().withRate(0, 4).withTimeFactor(0.0001);

    private CallbackReceiver receiver;
    private ChannelSandbox sandbox;
    private GatewayClient client;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private void start(PushSettings settings) {
        sandbox = ChannelSandbox.builder().seed(5).shopsPerChannel(1).ordersPerShop(200).span(Duration.ofDays(3))
                .now(NOW).unlimitedRateLimits().callbackBaseUrl(receiver.baseUrl()).push(settings)
                .paymentGateway(PaymentGatewaySpec.alipay("ali1", Channel.TAOBAO, "TB10001"))
                .paymentGateway(PaymentGatewaySpec.wechatPay("wx1", Channel.PDD, "PDD10001"))
                .build().start();
        client = new GatewayClient(sandbox);
    }

    private static MockResponse acknowledge(CallbackReceiver.Received r) {
        if (r.path().startsWith("/payments/alipay/")) {
            return CallbackReceiver.answer(200, "success");
        }
        if (r.path().startsWith("/payments/wechatpay/")) {
            return new MockResponse.Builder().code(204).build();
        }
        return CallbackReceiver.answer(200, "{\"success\":true}");
    }

    private List<CallbackReceiver.Received> received(String prefix) {
        return receiver.received().stream().filter(r -> r.path().startsWith(prefix)).toList();
    }

    /** Orders of a shop paid in [SINCE, NOW] with their paid amount, from the ground truth. */
    private Map<String, BigDecimal> paidInWindow(Channel channel, String shopId) {
        LocalDateTime from = SimTime.local(SINCE.getEpochSecond());
        LocalDateTime to = SimTime.local(NOW.getEpochSecond());
        return sandbox.truth(channel, shopId)
                .filter(o -> o.paidAt() != null && !o.paidAt().isBefore(from) && !o.paidAt().isAfter(to))
                .collect(Collectors.toMap(UnifiedOrder::platformOrderId, UnifiedOrder::paidAmount));
    }

    @Test
    void alipayNotifiesAreRsa2SignedAndCarryTheTruthAmountOfEveryPaidOrder() throws Exception {
        receiver = new CallbackReceiver(PaymentNotifyIT::acknowledge);
        start(FAST);
        sandbox.startPush(SINCE);
        awaitIdle(sandbox);

        JsonNode keys = client.keys("ali1");
        PublicKey alipayKey = publicKey(keys.get("alipayPublicKey").asString());
        Map<String, BigDecimal> expected = paidInWindow(Channel.TAOBAO, "TB10001");
        assertThat(expected).isNotEmpty();
        List<CallbackReceiver.Received> notifies = received("/payments/alipay/ali1");
        Set<String> notifyIds = new HashSet<>();
        for (CallbackReceiver.Received r : notifies) {
            assertThat(r.headers().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
            Map<String, String> p = r.form();
            assertThat(rsa2Verifies(alipayKey, alipayNotifyContent(p), p.get("sign"))).isTrue();
            assertThat(p).containsEntry("sign_type", "RSA2").containsEntry("notify_type", "trade_status_sync")
                    .containsEntry("charset", "utf-8").containsEntry("version", "1.0")
                    .containsEntry("trade_status", "TRADE_SUCCESS")
                    .containsEntry("app_id", keys.get("appId").asString())
                    .containsEntry("seller_id", keys.get("sellerId").asString());
            assertThat(new BigDecimal(p.get("total_amount"))).isEqualTo(expected.get(p.get("out_trade_no")));
            assertThat(p.get("total_amount")).matches("\\d+\\.\\d\\d");
            assertThat(p.get("notify_time")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertThat(notifyIds.add(p.get("notify_id"))).isTrue();
        }
        assertThat(notifies.stream().map(r -> r.form().get("out_trade_no")).collect(Collectors.toSet()))
                .isEqualTo(expected.keySet());
    }

    @Test
    void wechatNotifiesCarrySignedHeadersAndAResourceThatDecryptsToTheTransaction() throws Exception {
        receiver = new CallbackReceiver(PaymentNotifyIT::acknowledge);
        start(FAST);
        sandbox.startPush(SINCE);
        awaitIdle(sandbox);

        JsonNode keys = client.keys("wx1");
        PublicKey platformKey = publicKey(keys.get("platformPublicKey").asString());
        byte[] apiV3Key = keys.get("apiV3Key").asString().getBytes(StandardCharsets.US_ASCII);
        assertThat(apiV3Key).hasSize(32);
        Map<String, BigDecimal> expected = paidInWindow(Channel.PDD, "PDD10001");
        assertThat(expected).isNotEmpty();
        List<CallbackReceiver.Received> notifies = received("/payments/wechatpay/wx1");
        assertThat(notifies).hasSize(expected.size());
        for (CallbackReceiver.Received r : notifies) {
            String signed = r.headers().get("Wechatpay-Timestamp") + "\n" + r.headers().get("Wechatpay-Nonce") + "\n"
                    + r.text() + "\n";
            assertThat(rsa2Verifies(platformKey, signed, r.headers().get("Wechatpay-Signature"))).isTrue();
            assertThat(r.headers().get("Wechatpay-Serial")).isEqualTo(keys.get("platformSerial").asString());
            JsonNode body = SignedCalls.JSON.readTree(r.text());
            assertThat(body.get("event_type").asString()).isEqualTo("TRANSACTION.SUCCESS");
            assertThat(body.get("resource_type").asString()).isEqualTo("encrypt-resource");
            JsonNode resource = body.get("resource");
            assertThat(resource.get("algorithm").asString()).isEqualTo("AEAD_AES_256_GCM");
            assertThat(resource.get("original_type").asString()).isEqualTo("transaction");

            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(apiV3Key, "AES"), new GCMParameterSpec(128,
                    resource.get("nonce").asString().getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD(resource.get("associated_data").asString().getBytes(StandardCharsets.UTF_8));
            JsonNode transaction = SignedCalls.JSON.readTree(new String(cipher.doFinal(
                    Base64.getDecoder().decode(resource.get("ciphertext").asString())), StandardCharsets.UTF_8));
            assertThat(transaction.get("mchid").asString()).isEqualTo(keys.get("mchId").asString());
            assertThat(transaction.get("appid").asString()).isEqualTo(keys.get("appId").asString());
            assertThat(transaction.get("trade_state").asString()).isEqualTo("SUCCESS");
            assertThat(transaction.get("success_time").asString()).endsWith("+08:00");
            BigDecimal paid = expected.get(transaction.get("out_trade_no").asString());
            assertThat(transaction.at("/amount/total").asLong()).isEqualTo(paid.movePointRight(2).longValueExact());
            assertThat(transaction.at("/amount/currency").asString()).isEqualTo("CNY");
        }
    }

    @Test
    void alipayNotifyIsRetriedWithTheSameNotifyIdUntilTheAnswerIsSuccess() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        receiver = new CallbackReceiver(r -> {
            if (r.path().startsWith("/payments/alipay/") && seen.add(r.form().get("notify_id"))) {
                return CallbackReceiver.answer(200, "fail");
            }
            return acknowledge(r);
        });
        start(FAST);
        sandbox.startPush(SINCE);
        awaitIdle(sandbox);
        Map<String, Long> copies = received("/payments/alipay/").stream()
                .collect(Collectors.groupingBy(r -> r.form().get("notify_id"), Collectors.counting()));
        assertThat(copies).isNotEmpty();
        assertThat(copies.values()).containsOnly(2L);
        assertThat(sandbox.pushedMessages().stream().filter(m -> m.target() == MessageTarget.ALIPAY))
                .allSatisfy(m -> {
                    assertThat(m.attempts()).isEqualTo(2);
                    assertThat(m.state()).isEqualTo(MessageState.ACKNOWLEDGED);
                });
    }

    @Test
    void missingNotifyLeavesPaidOrdersThatOnlyTheQueryApiReveals() throws Exception {
        receiver = new CallbackReceiver(PaymentNotifyIT::acknowledge);
        start(FAST.withFaults(0, 0, 0.3));
        sandbox.startPush(SINCE);
        awaitIdle(sandbox);

        JsonNode truth = client.get("_sandbox/push/messages?gateway=ali1&state=SUPPRESSED").json();
        Set<String> suppressed = new HashSet<>();
        truth.get("messages").forEach(m -> suppressed.add(m.get("orderId").asString()));
        assertThat(suppressed).isNotEmpty();
        Set<String> notified = received("/payments/alipay/ali1").stream().map(r -> r.form().get("out_trade_no"))
                .collect(Collectors.toSet());
        assertThat(notified).doesNotContainAnyElementsOf(suppressed);
        Set<String> all = new HashSet<>(notified);
        all.addAll(suppressed);
        assertThat(all).isEqualTo(paidInWindow(Channel.TAOBAO, "TB10001").keySet());
        assertThat(sandbox.pushStats().get("suppressed")).isEqualTo((long) suppressed.size()
                + client.get("_sandbox/push/messages?gateway=wx1&state=SUPPRESSED").json().get("count").asLong());

        JsonNode keys = client.keys("ali1");
        var key = GatewayClient.privateKey(keys.get("merchantPrivateKey").asString());
        for (String orderId : suppressed) {
            JsonNode answer = client.alipayQuery(keys.get("appId").asString(), key, orderId).json()
                    .get("alipay_trade_query_response");
            assertThat(answer.get("code").asString()).isEqualTo("10000");
            assertThat(answer.get("trade_status").asString()).isEqualTo("TRADE_SUCCESS");
        }
    }

    @Test
    void forgedNoticesFailAnIndependentCheckOrCarryTheWrongAmount() throws Exception {
        receiver = new CallbackReceiver(PaymentNotifyIT::acknowledge);
        start(FAST);
        sandbox.startPush(SINCE);
        awaitIdle(sandbox);
        JsonNode ali = client.keys("ali1");
        PublicKey alipayKey = publicKey(ali.get("alipayPublicKey").asString());
        String order = received("/payments/alipay/ali1").get(0).form().get("out_trade_no");

        Map<Forgery, Map<String, String>> forged = new java.util.EnumMap<>(Forgery.class);
        for (Forgery forgery : Forgery.values()) {
            int before = receiver.received().size();
            ForgedNotice notice = sandbox.forgeNotice("ali1", order, forgery);
            assertThat(notice.httpStatus()).isEqualTo(200);
            List<CallbackReceiver.Received> all = receiver.received();
            assertThat(all).hasSize(before + 1);
            Map<String, String> p = all.get(all.size() - 1).form();
            assertThat(p.get("notify_id")).isEqualTo(notice.notifyId());
            forged.put(forgery, p);
        }
        assertThat(rsa2Verifies(alipayKey, alipayNotifyContent(forged.get(Forgery.BAD_SIGNATURE)),
                forged.get(Forgery.BAD_SIGNATURE).get("sign"))).isFalse();
        assertThat(forged.get(Forgery.UNSIGNED)).doesNotContainKey("sign");
        Map<String, String> stale = forged.get(Forgery.STALE_TIMESTAMP);
        assertThat(rsa2Verifies(alipayKey, alipayNotifyContent(stale), stale.get("sign"))).isTrue();
        assertThat(Duration.between(Instant.ofEpochSecond(SimTime.parse(stale.get("notify_time"))), Instant.now()))
                .isGreaterThan(Duration.ofMinutes(50));
        Map<String, String> changed = forged.get(Forgery.AMOUNT_CHANGED);
        assertThat(rsa2Verifies(alipayKey, alipayNotifyContent(changed), changed.get("sign"))).isTrue();
        assertThat(changed.get("total_amount")).isEqualTo("0.01");
        Map<String, String> tampered = forged.get(Forgery.TAMPERED_AMOUNT);
        assertThat(tampered.get("total_amount")).isEqualTo("0.01");
        assertThat(rsa2Verifies(alipayKey, alipayNotifyContent(tampered), tampered.get("sign"))).isFalse();
        Map<String, String> genuine = received("/payments/alipay/ali1").stream().map(CallbackReceiver.Received::form)
                .filter(p -> p.get("out_trade_no").equals(order)).findFirst().orElseThrow();
        assertThat(forged.get(Forgery.REPLAYED)).isEqualTo(genuine);

        // WeChat: a bad signature does not verify against the platform key, an unsigned one has no signature header.
        JsonNode wx = client.keys("wx1");
        PublicKey platformKey = publicKey(wx.get("platformPublicKey").asString());
        String wxOrder = SignedCalls.JSON.readTree(received("/payments/wechatpay/wx1").get(0).text()).get("id")
                .asString();
        assertThat(wxOrder).isNotEmpty();
        String pddOrder = sandbox.pushedMessages().stream().filter(m -> m.target() == MessageTarget.WECHATPAY)
                .findFirst().orElseThrow().orderId();
        sandbox.forgeNotice("wx1", pddOrder, Forgery.BAD_SIGNATURE);
        CallbackReceiver.Received bad = last();
        assertThat(rsa2Verifies(platformKey, bad.headers().get("Wechatpay-Timestamp") + "\n"
                + bad.headers().get("Wechatpay-Nonce") + "\n" + bad.text() + "\n",
                bad.headers().get("Wechatpay-Signature"))).isFalse();
        sandbox.forgeNotice("wx1", pddOrder, Forgery.UNSIGNED);
        assertThat(last().headers().get("Wechatpay-Signature")).isNull();
        sandbox.forgeNotice("wx1", pddOrder, Forgery.STALE_TIMESTAMP);
        assertThat(Long.parseLong(last().headers().get("Wechatpay-Timestamp")))
                .isLessThan(Instant.now().minus(Duration.ofMinutes(50)).getEpochSecond());
        sandbox.forgeNotice("wx1", pddOrder, Forgery.REPLAYED);
        CallbackReceiver.Received replay = last();
        CallbackReceiver.Received original = received("/payments/wechatpay/wx1").stream()
                .filter(r -> r.text().equals(replay.text())).findFirst().orElseThrow();
        assertThat(replay.headers().get("Wechatpay-Nonce")).isEqualTo(original.headers().get("Wechatpay-Nonce"));
    }

    private CallbackReceiver.Received last() {
        List<CallbackReceiver.Received> all = receiver.received();
        return all.get(all.size() - 1);
    }
}
