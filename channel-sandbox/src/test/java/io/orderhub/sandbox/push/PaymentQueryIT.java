package io.orderhub.sandbox.push;

import static io.orderhub.sandbox.push.PushChecks.publicKey;
import static io.orderhub.sandbox.push.PushChecks.rsa2Verifies;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.payment.PaymentGatewaySpec;
import io.orderhub.sandbox.truth.UnifiedOrder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentQueryIT {
    private final ChannelSandbox sandbox = ChannelSandbox.builder().seed(9).shopsPerChannel(1).ordersPerShop(300)
            .span(Duration.ofDays(3)).now(Instant.parse("2024-01-15T02:00:00Z")).unlimitedRateLimits()
            .paymentGateway(PaymentGatewaySpec.alipay("ali1", Channel.TAOBAO, "TB10001"))
            .paymentGateway(PaymentGatewaySpec.wechatPay("wx1", Channel.DOUYIN, "DY10001"))
            .build().start();
    private final GatewayClient client = new GatewayClient(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private UnifiedOrder paidOrder(Channel channel, String shopId) {
        return sandbox.truth(channel, shopId).filter(o -> o.paidAt() != null).findFirst().orElseThrow();
    }

    @Test
    void alipayTradeQueryAnswersAPaidOrderWithASignedResponse() throws Exception {
        JsonNode keys = client.keys("ali1");
        UnifiedOrder order = paidOrder(Channel.TAOBAO, "TB10001");
        GatewayClient.Reply reply = client.alipayQuery(keys.get("appId").asString(),
                GatewayClient.privateKey(keys.get("merchantPrivateKey").asString()), order.platformOrderId());
        JsonNode answer = reply.json().get("alipay_trade_query_response");
        assertThat(answer.get("code").asString()).isEqualTo("10000");
        assertThat(answer.get("msg").asString()).isEqualTo("Success");
        assertThat(answer.get("out_trade_no").asString()).isEqualTo(order.platformOrderId());
        assertThat(answer.get("trade_status").asString()).isEqualTo("TRADE_SUCCESS");
        assertThat(answer.get("total_amount").asString()).isEqualTo(order.paidAmount().toPlainString());
        assertThat(answer.get("trade_no").asString()).hasSize(28);
        // sign = RSA2 over the exact text of the alipay_trade_query_response value
        String body = reply.body();
        String prefix = "{\"alipay_trade_query_response\":";
        int signAt = body.lastIndexOf(",\"sign\":\"");
        String inner = body.substring(prefix.length(), signAt);
        String sign = reply.json().get("sign").asString();
        assertThat(rsa2Verifies(publicKey(keys.get("alipayPublicKey").asString()), inner, sign)).isTrue();
    }

    @Test
    void alipayTradeQueryReportsUnpaidAndUnknownOrders() throws Exception {
        JsonNode keys = client.keys("ali1");
        PrivateKey key = GatewayClient.privateKey(keys.get("merchantPrivateKey").asString());
        UnifiedOrder unpaid = sandbox.truth(Channel.TAOBAO, "TB10001").filter(o -> o.paidAt() == null
                && o.status() != io.orderhub.sandbox.generator.OrderStatus.CANCELLED).findFirst().orElseThrow();
        JsonNode waiting = client.alipayQuery(keys.get("appId").asString(), key, unpaid.platformOrderId()).json()
                .get("alipay_trade_query_response");
        assertThat(waiting.get("trade_status").asString()).isEqualTo("WAIT_BUYER_PAY");

        GatewayClient.Reply unknown = client.alipayQuery(keys.get("appId").asString(), key, "1234567890");
        JsonNode answer = unknown.json().get("alipay_trade_query_response");
        assertThat(answer.get("code").asString()).isEqualTo("40004");
        assertThat(answer.get("sub_code").asString()).isEqualTo("ACQ.TRADE_NOT_EXIST");
        assertThat(unknown.json().has("sign")).isTrue();
    }

    @Test
    void alipayTradeQueryRejectsABadRequestSignatureAndAcceptsARegisteredKey() throws Exception {
        JsonNode keys = client.keys("ali1");
        UnifiedOrder order = paidOrder(Channel.TAOBAO, "TB10001");
        KeyPair own = KeyPairGenerator.getInstance("RSA").genKeyPair();
        JsonNode rejected = client.alipayQuery(keys.get("appId").asString(), own.getPrivate(),
                order.platformOrderId()).json();
        assertThat(rejected.at("/alipay_trade_query_response/code").asString()).isEqualTo("40002");
        assertThat(rejected.at("/alipay_trade_query_response/sub_code").asString()).isEqualTo("isv.invalid-signature");
        assertThat(rejected.has("sign")).isFalse();

        sandbox.paymentGateway("ali1").registerMerchantKey(own.getPublic(), null);
        JsonNode accepted = client.alipayQuery(keys.get("appId").asString(), own.getPrivate(),
                order.platformOrderId()).json();
        assertThat(accepted.at("/alipay_trade_query_response/code").asString()).isEqualTo("10000");
        assertThat(client.keys("ali1").has("merchantPrivateKey")).isFalse();
    }

    @Test
    void wechatQueryAnswersAPaidOrderWithSignedHeaders() throws Exception {
        JsonNode keys = client.keys("wx1");
        UnifiedOrder order = paidOrder(Channel.DOUYIN, "DY10001");
        GatewayClient.Reply reply = client.wechatQuery(keys.get("mchId").asString(),
                keys.get("merchantSerial").asString(), GatewayClient.privateKey(keys.get("merchantPrivateKey").asString()),
                order.platformOrderId(), Instant.now());
        assertThat(reply.code()).isEqualTo(200);
        JsonNode t = reply.json();
        assertThat(t.get("trade_state").asString()).isEqualTo("SUCCESS");
        assertThat(t.get("out_trade_no").asString()).isEqualTo(order.platformOrderId());
        assertThat(t.at("/amount/total").asLong()).isEqualTo(order.paidAmount().movePointRight(2).longValueExact());
        PublicKey platform = publicKey(keys.get("platformPublicKey").asString());
        String signed = reply.headers().get("Wechatpay-Timestamp") + "\n" + reply.headers().get("Wechatpay-Nonce")
                + "\n" + reply.body() + "\n";
        assertThat(rsa2Verifies(platform, signed, reply.headers().get("Wechatpay-Signature"))).isTrue();
        assertThat(reply.headers().get("Wechatpay-Serial")).isEqualTo(keys.get("platformSerial").asString());
    }

    @Test
    void wechatQueryRejectsABadSignatureAndReportsUnknownOrders() throws Exception {
        JsonNode keys = client.keys("wx1");
        String mchid = keys.get("mchId").asString();
        String serial = keys.get("merchantSerial").asString();
        UnifiedOrder order = paidOrder(Channel.DOUYIN, "DY10001");
        PrivateKey stranger = KeyPairGenerator.getInstance("RSA").genKeyPair().getPrivate();
        GatewayClient.Reply bad = client.wechatQuery(mchid, serial, stranger, order.platformOrderId(), Instant.now());
        assertThat(bad.code()).isEqualTo(401);
        assertThat(bad.json().get("code").asString()).isEqualTo("SIGN_ERROR");

        PrivateKey key = GatewayClient.privateKey(keys.get("merchantPrivateKey").asString());
        GatewayClient.Reply stale = client.wechatQuery(mchid, serial, key, order.platformOrderId(),
                Instant.now().minus(Duration.ofHours(1)));
        assertThat(stale.code()).isEqualTo(401);

        GatewayClient.Reply unknown = client.wechatQuery(mchid, serial, key, "6999999999999999999", Instant.now());
        assertThat(unknown.code()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("ORDER_NOT_EXIST");
    }

    @Test
    void keysEndpointHandsOutPemPublicKeysAndIds() throws Exception {
        JsonNode ali = client.keys("ali1");
        assertThat(ali.get("kind").asString()).isEqualTo("ALIPAY");
        assertThat(ali.get("appId").asString()).matches("2021\\d{12}");
        assertThat(ali.get("sellerId").asString()).matches("2088\\d{12}");
        assertThat(ali.get("alipayPublicKey").asString()).startsWith("-----BEGIN PUBLIC KEY-----");
        JsonNode wx = client.keys("wx1");
        assertThat(wx.get("platformSerial").asString()).matches("[0-9A-F]{40}");
        assertThat(wx.get("apiV3Key").asString()).hasSize(32);
        assertThat(Base64.getMimeDecoder().decode(wx.get("platformPublicKey").asString()
                .replaceAll("-----[A-Z ]+-----", ""))).isNotEmpty();
    }
}
