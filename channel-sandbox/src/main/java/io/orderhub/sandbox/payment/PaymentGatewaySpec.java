package io.orderhub.sandbox.payment;

import io.orderhub.sandbox.Channel;
import java.security.KeyPair;
import java.util.Objects;

/**
 * A payment gateway account collecting the payments of one shop's orders ({@code out_trade_no} = the platform order
 * id). Keys left null are generated per run: {@code gatewayKeys} = Alipay's key pair / the WeChat Pay platform key,
 * {@code merchantKeys} = the merchant's application key pair (signs query requests), {@code apiV3Key} = 32 ASCII
 * characters (WeChat only).
 */
public record PaymentGatewaySpec(String gateway, PaymentKind kind, Channel channel, String shopId,
                                 KeyPair gatewayKeys, KeyPair merchantKeys, String apiV3Key) {

    public PaymentGatewaySpec {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(shopId, "shopId");
        if (!gateway.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("gateway names are [A-Za-z0-9_-]{1,64}: " + gateway);
        }
        if (apiV3Key != null && apiV3Key.getBytes(java.nio.charset.StandardCharsets.US_ASCII).length != 32) {
            throw new IllegalArgumentException("apiV3Key must be 32 ASCII characters");
        }
    }

    public static PaymentGatewaySpec alipay(String gateway, Channel channel, String shopId) {
        return new PaymentGatewaySpec(gateway, PaymentKind.ALIPAY, channel, shopId, null, null, null);
    }

    public static PaymentGatewaySpec wechatPay(String gateway, Channel channel, String shopId) {
        return new PaymentGatewaySpec(gateway, PaymentKind.WECHATPAY, channel, shopId, null, null, null);
    }

    public PaymentGatewaySpec withKeys(KeyPair gateway, KeyPair merchant, String v3Key) {
        return new PaymentGatewaySpec(this.gateway, kind, channel, shopId, gateway, merchant, v3Key);
    }

    /** {@code name:KIND:CHANNEL:shopId}, e.g. {@code ali1:ALIPAY:TAOBAO:TB10001} (standalone flag syntax). */
    public static PaymentGatewaySpec parse(String text) {
        String[] parts = text.trim().split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected name:ALIPAY|WECHATPAY:CHANNEL:shopId, got " + text);
        }
        return new PaymentGatewaySpec(parts[0], PaymentKind.valueOf(parts[1].toUpperCase()),
                Channel.valueOf(parts[2].toUpperCase()), parts[3], null, null, null);
    }
}
