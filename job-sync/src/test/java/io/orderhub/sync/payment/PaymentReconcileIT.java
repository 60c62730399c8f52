package io.orderhub.sync.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.testing.MariaDbTestContext;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.common.testing.OrderFixtures;
import io.orderhub.sync.JobSyncApplication;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code paymentReconcile} and {@code manualMarkPaid} against fakes of Alipay's {@code alipay.trade.query} and
 * WeChat Pay's v3 order query that check our request signatures and sign their replies, as the real gateways do.
 */
@SpringBootTest(classes = {JobSyncApplication.class, PaymentReconcileIT.Config.class},
        properties = {"oms.payments.gateways.ali.type=ALIPAY", "oms.payments.gateways.ali.channel=TAOBAO",
                "oms.payments.gateways.ali.shop-id=ali-shop", "oms.payments.gateways.ali.app-id=2021000000000001",
                "oms.payments.gateways.ali.gateway-public-key-ref=env:ALI_PUB",
                "oms.payments.gateways.ali.merchant-private-key-ref=env:APP_PRIV",
                "oms.payments.gateways.wx.type=WECHATPAY", "oms.payments.gateways.wx.channel=JD",
                "oms.payments.gateways.wx.shop-id=wx-shop", "oms.payments.gateways.wx.app-id=wx-app-1",
                "oms.payments.gateways.wx.merchant-id=1900000001", "oms.payments.gateways.wx.platform-serial=PLATFORM-1",
                "oms.payments.gateways.wx.merchant-serial=MERCHANT-1",
                "oms.payments.gateways.wx.gateway-public-key-ref=env:WX_PUB",
                "oms.payments.gateways.wx.merchant-private-key-ref=env:APP_PRIV",
                "oms.payments.gateways.wx.api-v3-key-ref=env:WX_V3", "WX_V3=0123456789abcdef0123456789abcdef"})
@ContextConfiguration(initializers = MariaDbTestContext.class)
@ActiveProfiles("test")
class PaymentReconcileIT {

    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 11, 12, 0);
    static final KeyPair ALIPAY = keyPair();
    static final KeyPair WECHAT = keyPair();
    static final KeyPair MERCHANT = keyPair();
    static final KeyPair FORGER = keyPair();
    static final FakeGateways GATEWAYS = new FakeGateways();
    static final MockWebServer SERVER = start();

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("ALI_PUB", () -> b64(ALIPAY.getPublic().getEncoded()));
        registry.add("WX_PUB", () -> b64(WECHAT.getPublic().getEncoded()));
        registry.add("APP_PRIV", () -> b64(MERCHANT.getPrivate().getEncoded()));
        registry.add("oms.payments.gateways.ali.api-base-url", () -> SERVER.url("/gateway.do").toString());
        registry.add("oms.payments.gateways.wx.api-base-url", () -> SERVER.url("/").toString());
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @TestConfiguration
    static class Config {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOON.atZone(GMT8).toInstant(), GMT8);
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrderWriter writer;
    @Autowired
    PaymentReconcile reconcile;
    @Autowired
    ManualPayment manual;

    @BeforeEach
    void resetClock() {
        clock.advance(Duration.between(clock.instant(), NOON.atZone(GMT8).toInstant()));
        jdbc.update("UPDATE unified_order SET status = 'CANCELLED' WHERE status = 'PENDING_PAYMENT'");
    }

    @Test
    void aPaidAlipayTradeWhoseNotifyWasLostIsFoundByReconcileAndMarkedPaid() {
        String paid = awaiting(Channel.TAOBAO, "ali-shop");
        String unpaid = awaiting(Channel.TAOBAO, "ali-shop");
        String unknown = awaiting(Channel.TAOBAO, "ali-shop");
        GATEWAYS.alipay.put(paid, alipayTrade(paid, "TRADE_SUCCESS", "189.00", ALIPAY));
        GATEWAYS.alipay.put(unpaid, alipayTrade(unpaid, "WAIT_BUYER_PAY", "189.00", ALIPAY));

        String summary = reconcile.run(new ReconcileRequest(List.of("ali"), null, false), JobContext.STANDALONE);

        assertThat(summary).contains("checked=3", "fixedPaid=1", "stillUnpaid=1", "unknownToGateway=1");
        assertThat(status(paid)).isEqualTo("PAID");
        assertThat(status(unpaid)).isEqualTo("PENDING_PAYMENT");
        assertThat(status(unknown)).isEqualTo("PENDING_PAYMENT");
        assertThat(lastHistorySource(paid)).isEqualTo("RECONCILE");
        assertThat(GATEWAYS.badRequestSignatures).isZero();
    }

    @Test
    void anAlipayRefusalIsReportedWithAlipaysOwnCodes() {
        String order = awaiting(Channel.TAOBAO, "ali-shop");
        GATEWAYS.alipay.put(order, alipayTrade(order, "TRADE_SUCCESS", "189.00", ALIPAY));
        GATEWAYS.refuseAlipaySignatures = true;
        try {
            assertThatThrownBy(() -> manual.run(new ManualPaymentRequest("li.wei", "ali", order, "T" + order,
                    new BigDecimal("189.00"), null), JobContext.STANDALONE))
                    .hasMessageContaining("code 40002").hasMessageContaining("sub_code isv.invalid-signature")
                    .hasMessageContaining("sub_msg 验签出错").hasMessageNotContaining("not signed by Alipay");
        } finally {
            GATEWAYS.refuseAlipaySignatures = false;
        }
        assertThat(status(order)).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void anAlipayReplyNotSignedByAlipayIsNotTrusted() {
        String order = awaiting(Channel.TAOBAO, "ali-shop");
        GATEWAYS.alipay.put(order, alipayTrade(order, "TRADE_SUCCESS", "189.00", FORGER));

        String summary = reconcile.run(new ReconcileRequest(List.of("ali"), null, false), JobContext.STANDALONE);

        assertThat(summary).contains("queryFailed=1");
        assertThat(status(order)).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void anAlipayTradeOfAnotherAmountIsReportedNotApplied() {
        String order = awaiting(Channel.TAOBAO, "ali-shop");
        GATEWAYS.alipay.put(order, alipayTrade(order, "TRADE_SUCCESS", "18.90", ALIPAY));

        assertThat(reconcile.run(new ReconcileRequest(List.of("ali"), null, false), JobContext.STANDALONE))
                .contains("amountMismatch=1");
        assertThat(status(order)).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void aPaidWechatTradeIsFoundWithASignedQueryAndMarkedPaid() {
        String order = awaiting(Channel.JD, "wx-shop");
        GATEWAYS.wechat.put(order, "{\"appid\":\"wx-app-1\",\"mchid\":\"1900000001\",\"out_trade_no\":\"" + order
                + "\",\"transaction_id\":\"42000001\",\"trade_state\":\"SUCCESS\",\"success_time\":"
                + "\"2026-11-11T00:07:00+08:00\",\"amount\":{\"total\":18900,\"payer_total\":18900,\"currency\":\"CNY\"}}");

        assertThat(reconcile.run(new ReconcileRequest(List.of("wx"), null, false), JobContext.STANDALONE)).contains("fixedPaid=1");
        assertThat(status(order)).isEqualTo("PAID");
        assertThat(GATEWAYS.badRequestSignatures).isZero();
    }

    @Test
    void ordersYoungerThanTheReconcileDelayAreLeftToTheirNotification() {
        String order = awaiting(Channel.TAOBAO, "ali-shop");
        clock.advance(Duration.between(clock.instant(), OrderFixtures.T0.plusMinutes(5).atZone(GMT8).toInstant()));
        GATEWAYS.alipay.put(order, alipayTrade(order, "TRADE_SUCCESS", "189.00", ALIPAY));

        assertThat(reconcile.run(new ReconcileRequest(List.of("ali"), null, false), JobContext.STANDALONE)).contains("checked=0");
    }

    @Test
    void manualCompensationWithEvidenceTheGatewayConfirmsMarksPaidAndIsAudited() {
        String order = awaiting(Channel.TAOBAO, "ali-shop");
        GATEWAYS.alipay.put(order, alipayTrade(order, "TRADE_SUCCESS", "189.00", ALIPAY));

        manual.run(new ManualPaymentRequest("li.wei", "ali", order, "T" + order, new BigDecimal("189.00"), "receipt"),
                JobContext.STANDALONE);

        assertThat(status(order)).isEqualTo("PAID");
        assertThat(lastHistorySource(order)).isEqualTo("MANUAL");
        assertThat(jdbc.queryForMap("SELECT operator, outcome, status_before, status_after FROM order_audit "
                + "WHERE platform_order_id = ?", order)).containsEntry("operator", "li.wei")
                .containsEntry("outcome", "APPLIED").containsEntry("status_before", "PENDING_PAYMENT")
                .containsEntry("status_after", "PAID");
    }

    @Test
    void manualCompensationWithEvidenceTheGatewayDoesNotConfirmIsRefusedWithTheReasonAndAudited() {
        String wrongTradeNo = awaiting(Channel.TAOBAO, "ali-shop");
        GATEWAYS.alipay.put(wrongTradeNo, alipayTrade(wrongTradeNo, "TRADE_SUCCESS", "189.00", ALIPAY));
        String unpaid = awaiting(Channel.TAOBAO, "ali-shop");
        GATEWAYS.alipay.put(unpaid, alipayTrade(unpaid, "WAIT_BUYER_PAY", "189.00", ALIPAY));

        assertThatThrownBy(() -> manual.run(new ManualPaymentRequest("li.wei", "ali", wrongTradeNo, "T-made-up",
                new BigDecimal("189.00"), null), JobContext.STANDALONE))
                .isInstanceOf(JobFailure.class).hasMessageContaining("gatewayTradeNo");
        assertThatThrownBy(() -> manual.run(new ManualPaymentRequest("li.wei", "ali", unpaid, "T" + unpaid,
                new BigDecimal("189.00"), null), JobContext.STANDALONE))
                .isInstanceOf(JobFailure.class).hasMessageContaining("WAIT_BUYER_PAY");

        assertThat(status(wrongTradeNo)).isEqualTo("PENDING_PAYMENT");
        assertThat(status(unpaid)).isEqualTo("PENDING_PAYMENT");
        assertThat(jdbc.queryForList("SELECT outcome FROM order_audit WHERE platform_order_id IN (?, ?)", String.class,
                wrongTradeNo, unpaid)).containsExactly("REFUSED", "REFUSED");
    }

    // ---- fakes and helpers --------------------------------------------------------------------------------

    /** Alipay and WeChat Pay query endpoints: verify our request signature, answer signed. */
    static final class FakeGateways extends Dispatcher {
        final Map<String, String> alipay = new ConcurrentHashMap<>();
        final Map<String, String> wechat = new ConcurrentHashMap<>();
        volatile int badRequestSignatures;
        volatile boolean refuseAlipaySignatures;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().equals("/gateway.do")) {
                return alipay(request);
            }
            return wechat(request);
        }

        private MockResponse alipay(RecordedRequest request) {
            Map<String, String> form = new TreeMap<>();
            for (String pair : request.getBody().utf8().split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            // Alipay's request rule: every parameter but sign, sign_type included (a notify leaves sign_type out).
            String signed = form.entrySet().stream().filter(e -> !e.getKey().equals("sign"))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
            if (refuseAlipaySignatures || !verify(MERCHANT.getPublic(), signed, form.get("sign"))) {
                badRequestSignatures += refuseAlipaySignatures ? 0 : 1;
                // refused at the gateway: unsigned, as Alipay answers it
                return new MockResponse.Builder().body("{\"alipay_trade_query_response\":{\"code\":\"40002\","
                        + "\"msg\":\"Invalid Arguments\",\"sub_code\":\"isv.invalid-signature\",\"sub_msg\":\"验签出错\"}}")
                        .build();
            }
            Matcher no = Pattern.compile("\"out_trade_no\":\"([^\"]+)\"").matcher(form.get("biz_content"));
            no.find();
            String body = alipay.get(no.group(1));
            return new MockResponse.Builder().body(body != null ? body : alipayReply("{\"code\":\"40004\",\"msg\":"
                    + "\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\",\"sub_msg\":\"交易不存在\"}", ALIPAY)).build();
        }

        private MockResponse wechat(RecordedRequest request) {
            String auth = request.getHeaders().get("Authorization");
            Matcher sig = Pattern.compile("signature=\"([^\"]+)\",timestamp=\"(\\d+)\"").matcher(auth);
            Matcher nonce = Pattern.compile("nonce_str=\"([^\"]+)\"").matcher(auth);
            String target = request.getUrl().encodedPath() + "?" + request.getUrl().encodedQuery();
            if (!sig.find() || !nonce.find() || !auth.startsWith("WECHATPAY2-SHA256-RSA2048 ")
                    || !verify(MERCHANT.getPublic(), "GET\n" + target + "\n" + sig.group(2) + "\n" + nonce.group(1) + "\n\n",
                    sig.group(1))) {
                badRequestSignatures++;
                return signedWechat(401, "{\"code\":\"SIGN_ERROR\",\"message\":\"签名错误\"}");
            }
            String order = request.getUrl().pathSegments().get(request.getUrl().pathSize() - 1);
            String body = wechat.get(order);
            return body != null ? signedWechat(200, body)
                    : signedWechat(404, "{\"code\":\"ORDER_NOT_EXIST\",\"message\":\"订单不存在\"}");
        }

        private static MockResponse signedWechat(int code, String body) {
            String timestamp = String.valueOf(NOON.atZone(GMT8).toEpochSecond());
            String nonce = UUID.randomUUID().toString();
            return new MockResponse.Builder().code(code).body(body).addHeader("Wechatpay-Timestamp", timestamp)
                    .addHeader("Wechatpay-Nonce", nonce).addHeader("Wechatpay-Serial", "PLATFORM-1")
                    .addHeader("Wechatpay-Signature", sign(WECHAT.getPrivate(), timestamp + "\n" + nonce + "\n" + body + "\n"))
                    .build();
        }
    }

    static String alipayTrade(String order, String status, String amount, KeyPair signer) {
        return alipayReply("{\"code\":\"10000\",\"msg\":\"Success\",\"buyer_logon_id\":\"158****1562\","
                + "\"out_trade_no\":\"" + order + "\",\"trade_no\":\"T" + order + "\",\"trade_status\":\"" + status
                + "\",\"total_amount\":\"" + amount + "\",\"send_pay_date\":\"2026-11-11 00:06:00\"}", signer);
    }

    static String alipayReply(String node, KeyPair signer) {
        return "{\"alipay_trade_query_response\":" + node + ",\"sign\":\"" + sign(signer.getPrivate(), node) + "\"}";
    }

    private String awaiting(Channel channel, String shop) {
        String order = "o" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        tx.executeWithoutResult(s -> writer.write(List.of(OrderFixtures.order(channel, shop, order,
                OrderStatus.PENDING_PAYMENT, OrderFixtures.T0)), StatusSource.PULL));
        return order;
    }

    private String status(String order) {
        return jdbc.queryForObject("SELECT status FROM unified_order WHERE platform_order_id = ?", String.class, order);
    }

    private String lastHistorySource(String order) {
        return jdbc.queryForObject("SELECT h.source FROM order_status_history h JOIN unified_order o ON "
                + "o.order_no = h.order_no WHERE o.platform_order_id = ? ORDER BY h.id DESC LIMIT 1", String.class, order);
    }

    private static MockWebServer start() {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(GATEWAYS);
        try {
            server.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return server;
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String sign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return b64(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(PublicKey key, String text, String base64) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return base64 != null && signature.verify(Base64.getDecoder().decode(base64));
        } catch (Exception e) {
            return false;
        }
    }
}
