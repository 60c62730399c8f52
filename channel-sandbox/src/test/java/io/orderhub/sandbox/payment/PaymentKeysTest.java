package io.orderhub.sandbox.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.sandbox.Channel;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentKeysTest {
    private static final KeyPair KEYS = RsaKeys.generate();

    @Test
    void pemRoundTripKeepsTheKeys() {
        assertThat(RsaKeys.publicKey(RsaKeys.publicPem(KEYS.getPublic()))).isEqualTo(KEYS.getPublic());
        assertThat(RsaKeys.privateKey(RsaKeys.privatePem(KEYS.getPrivate()))).isEqualTo(KEYS.getPrivate());
    }

    @Test
    void signatureIsSha256WithRsaOverUtf8() throws Exception {
        String text = "out_trade_no=订单1&total_amount=9.90";
        Signature jdk = Signature.getInstance("SHA256withRSA");
        jdk.initVerify(KEYS.getPublic());
        jdk.update(text.getBytes(StandardCharsets.UTF_8));
        assertThat(jdk.verify(Base64.getDecoder().decode(RsaKeys.sign(KEYS.getPrivate(), text)))).isTrue();
        assertThat(RsaKeys.verify(KEYS.getPublic(), text + "x", RsaKeys.sign(KEYS.getPrivate(), text))).isFalse();
        assertThat(RsaKeys.verify(KEYS.getPublic(), text, "not base64!")).isFalse();
    }

    @Test
    void alipayNotifyContentSkipsSignSignTypeAndEmptyValuesInNameOrder() {
        Map<String, String> params = Map.of("sign", "x", "sign_type", "RSA2", "b", "2", "a", "1", "empty", "",
                "subject", "订单 1");
        assertThat(AlipayNotices.signingContent(params)).isEqualTo("a=1&b=2&subject=订单 1");
    }

    @Test
    void alipayRequestContentKeepsSignType() {
        assertThat(PaymentQueryApis.requestSigningContent(Map.of("sign", "x", "sign_type", "RSA2", "app_id", "1")))
                .isEqualTo("app_id=1&sign_type=RSA2");
    }

    @Test
    void gatewayFlagSyntaxIsParsed() {
        PaymentGatewaySpec spec = PaymentGatewaySpec.parse("ali1:ALIPAY:TAOBAO:TB10001");
        assertThat(spec.kind()).isEqualTo(PaymentKind.ALIPAY);
        assertThat(spec.channel()).isEqualTo(Channel.TAOBAO);
        assertThat(spec.shopId()).isEqualTo("TB10001");
        assertThatThrownBy(() -> PaymentGatewaySpec.parse("ali1:TAOBAO")).isInstanceOf(IllegalArgumentException.class);
    }
}
