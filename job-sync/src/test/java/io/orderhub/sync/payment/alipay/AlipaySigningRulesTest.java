package io.orderhub.sync.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sync.payment.Rsa;
import java.time.LocalDateTime;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Vectors computed outside our code, with a 1024-bit test key pair made for this test only:
 * <pre>
 * openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out k.pem
 * printf '%s' '&lt;text&gt;' | openssl dgst -sha256 -sign k.pem | base64 -w0
 * </pre>
 * RSA PKCS#1 v1.5 signatures are deterministic, so the request must carry exactly these bytes.
 */
class AlipaySigningRulesTest {

    static final String TEST_PRIVATE_KEY = """
            -----BEGIN PRIVATE KEY-----
            MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAL7O9kOtyTt5sDIc
            se3YJgI24K4jd31OCgfBrSaKthif2UcJOE6m0OkmwaIWD8T2nqxB2CbqhrUcu1iP
            OdGEmxh7dqcAyerEbYKbcByelG0lw2ayl60jgRaLHibS6yiehWvZnY02rz+09K/l
            kST1w6GLtKIxwq0xeJX4xb/2jqMXAgMBAAECgYAFRE815Qkl9CDx8SrUJuA9tWgU
            RnRY6BuMxULTSobmPRtRQ6bjPOWNWf2ETNmYlToiBRtDT7vyKd3d/u4Yo3FoemCu
            44lGD97WbdPS3y/svx5SYwBwERLUk0cuIF7XIUUxWS0MawO2mGDJjiuk4PSfXNQn
            7+6wc4liwhFEmeNrqQJBAOgYssQU4o0QC5ZpVzd1cGl6SUrQP6k8+u5fFgh6mu8N
            /qH6hwhvBd9RSPrlq7oWICXaW9dnCt0HJjXswnZ+KasCQQDSdbDYWaulMdYF+zWf
            VMWuH9zUND4jrHQvY993O9bVNItOyf+FQ4k2GN5ca1xHfnpCHhfsdDQO10kQQKA4
            UDhFAkBFYlzO0Y+IrCtKo+M26RzZ63zNqMPfTCOX70Ue88gtfvmIYuTLWKVgxWQT
            3WUhFEw4BLdABcXxnZmGtWjNE5pRAkEAnFRxxXNuTaokKZM9dJn6sOnYFgSsd8E9
            GIqeTqozXXHHXQIs/Kd6/6UfXxUcmbq4Q+6opKp4lOGT0y++E7Z65QJACa94WzP4
            k8jh+9AHZCIvadwA6phThD6oAx2ZFBxH6zUvSca1GLIHGim8b/UDceLa7tZi15eI
            H9Cjb/QWvzFa8w==
            -----END PRIVATE KEY-----
            """;
    static final String TEST_PUBLIC_KEY = """
            -----BEGIN PUBLIC KEY-----
            MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC+zvZDrck7ebAyHLHt2CYCNuCu
            I3d9TgoHwa0mirYYn9lHCThOptDpJsGiFg/E9p6sQdgm6oa1HLtYjznRhJsYe3an
            AMnqxG2Cm3AcnpRtJcNmspetI4EWix4m0usonoVr2Z2NNq8/tPSv5ZEk9cOhi7Si
            McKtMXiV+MW/9o6jFwIDAQAB
            -----END PUBLIC KEY-----
            """;
    /** Over {@code app_id=…&biz_content=…&charset=utf-8&format=JSON&method=alipay.trade.query&sign_type=RSA2&timestamp=…&version=1.0}. */
    static final String REQUEST_SIGN = "BvPZfhz114Am2TGJfN4F7dp1YrqNuUVivw57/Cmqt/y/bXfq8fgiOeIfXbREK/B2OHECa2eXzHDJlz+H"
            + "cGaj/svXrflZgmEcPKa9g02YkUpFRIgxjrjTfarLyjd4oxA9vyAG0/jPfiadaXpD/R5uN2Ep/lUD0D/5YjPKbybFmVA=";
    /** The same parameters signed by the notify rule (without sign_type): what we sent before, refused by Alipay. */
    static final String NOTIFY_RULE_SIGN = "hPrT+C/gKLgJ3Wmp/p0bSPfqvmwY558trULU1GRNfXBC8xnejKxw//U23tIMjujHSkmprm/Ik6"
            + "opJeY/Hm/gF30El+DPWFZuw6KN16JRGgr9DgmPWEwrl3zeVnp3g8isWA8A4ThJ5J0kzRn5+FjSirx935grGlXyET3m/RSQqHE=";

    @Test
    void tradeQueryRequestIsSignedOverEveryParameterButSignIncludingSignType() {
        TreeMap<String, String> request = AlipayTradeQuery.signedRequest("2021000000000001", "20261111000001",
                LocalDateTime.of(2026, 11, 11, 12, 0), Rsa.privateKey(TEST_PRIVATE_KEY));

        assertThat(request).containsEntry("sign_type", "RSA2")
                .containsEntry("biz_content", "{\"out_trade_no\":\"20261111000001\"}")
                .containsEntry("timestamp", "2026-11-11 12:00:00");
        assertThat(request.get("sign")).isEqualTo(REQUEST_SIGN).isNotEqualTo(NOTIFY_RULE_SIGN);
    }

    @Test
    void notifyTextLeavesOutSignTypeAndEmptyValuesWhileRequestTextKeepsSignType() {
        TreeMap<String, String> params = new TreeMap<>();
        params.put("trade_status", "TRADE_SUCCESS");
        params.put("app_id", "2021000000000001");
        params.put("sign_type", "RSA2");
        params.put("sign", "xyz");
        params.put("body", "");

        assertThat(AlipaySignedText.ofNotify(params)).isEqualTo("app_id=2021000000000001&trade_status=TRADE_SUCCESS");
        assertThat(AlipaySignedText.ofRequest(params))
                .isEqualTo("app_id=2021000000000001&sign_type=RSA2&trade_status=TRADE_SUCCESS");
        assertThat(Rsa.verify(Rsa.publicKey(TEST_PUBLIC_KEY), "app_id=2021000000000001&biz_content="
                + "{\"out_trade_no\":\"20261111000001\"}&charset=utf-8&format=JSON&method=alipay.trade.query"
                + "&sign_type=RSA2&timestamp=2026-11-11 12:00:00&version=1.0", REQUEST_SIGN)).isTrue();
    }
}
