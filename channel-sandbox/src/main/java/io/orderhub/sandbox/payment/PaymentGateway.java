package io.orderhub.sandbox.payment;

import io.orderhub.sandbox.Channel;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * One configured gateway account at run time: its ids (stable per seed and name), the gateway's key pair (signs
 * notifies and query answers), the merchant's public key (checks query requests; replaceable by a test that brings
 * its own key) and, for WeChat Pay, the APIv3 key and the certificate serials.
 */
public final class PaymentGateway {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final PaymentGatewaySpec spec;
    private final int shopIndex;
    private final String appId;
    private final String merchantId;
    private final String gatewaySerial;
    private final KeyPair gatewayKeys;
    private final KeyPair generatedMerchantKeys;
    private final String apiV3Key;
    private volatile PublicKey merchantPublicKey;
    private volatile String merchantSerial;
    private volatile boolean merchantKeyRegistered;

    public PaymentGateway(PaymentGatewaySpec spec, int shopIndex, long seed) {
        this.spec = spec;
        this.shopIndex = shopIndex;
        SplittableRandom ids = new SplittableRandom(seed ^ (spec.gateway().hashCode() * 0x9E3779B97F4A7C15L));
        if (spec.kind() == PaymentKind.ALIPAY) {
            this.appId = "2021" + digits(ids, 12);
            this.merchantId = "2088" + digits(ids, 12);
        } else {
            this.appId = "wx" + HexFormat.of().formatHex(bytes(ids, 8));
            this.merchantId = "19" + digits(ids, 8);
        }
        this.gatewaySerial = HexFormat.of().withUpperCase().formatHex(bytes(ids, 20));
        this.merchantSerial = HexFormat.of().withUpperCase().formatHex(bytes(ids, 20));
        this.gatewayKeys = spec.gatewayKeys() != null ? spec.gatewayKeys() : RsaKeys.generate();
        this.generatedMerchantKeys = spec.merchantKeys() != null ? spec.merchantKeys() : RsaKeys.generate();
        this.merchantPublicKey = generatedMerchantKeys.getPublic();
        this.apiV3Key = spec.apiV3Key() != null ? spec.apiV3Key() : randomAlnum(new SecureRandom(), 32);
    }

    public String name() {
        return spec.gateway();
    }

    public PaymentKind kind() {
        return spec.kind();
    }

    public Channel channel() {
        return spec.channel();
    }

    public String shopId() {
        return spec.shopId();
    }

    public int shopIndex() {
        return shopIndex;
    }

    /** Alipay {@code app_id} / WeChat Pay {@code appid}. */
    public String appId() {
        return appId;
    }

    /** Alipay {@code seller_id} (2088…) / WeChat Pay {@code mchid}. */
    public String merchantId() {
        return merchantId;
    }

    /** WeChat Pay platform certificate serial ({@code Wechatpay-Serial}); unused for Alipay. */
    public String platformSerial() {
        return gatewaySerial;
    }

    /** Alipay's public key / the WeChat Pay platform public key: what a receiver verifies notifies with. */
    public PublicKey gatewayPublicKey() {
        return gatewayKeys.getPublic();
    }

    PrivateKey gatewayPrivateKey() {
        return gatewayKeys.getPrivate();
    }

    /** The merchant key pair the sandbox generated (or was given); its private half signs query requests. */
    public KeyPair generatedMerchantKeys() {
        return generatedMerchantKeys;
    }

    public PublicKey merchantPublicKey() {
        return merchantPublicKey;
    }

    /** WeChat Pay merchant API certificate serial expected in {@code serial_no}. */
    public String merchantSerial() {
        return merchantSerial;
    }

    public boolean merchantKeyRegistered() {
        return merchantKeyRegistered;
    }

    /** A test brings its own merchant key: query requests must then be signed with its private half. */
    public void registerMerchantKey(PublicKey key, String serial) {
        merchantPublicKey = key;
        if (serial != null && !serial.isEmpty()) {
            merchantSerial = serial;
        }
        merchantKeyRegistered = true;
    }

    /** The WeChat Pay APIv3 key (32 ASCII characters) that encrypts notify resources. */
    public String apiV3Key() {
        return apiV3Key;
    }

    static String randomAlnum(java.util.Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return text.toString();
    }

    private static String digits(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    private static byte[] bytes(SplittableRandom random, int count) {
        byte[] b = new byte[count];
        random.nextBytes(b);
        return b;
    }
}
