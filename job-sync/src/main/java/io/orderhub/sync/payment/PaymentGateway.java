package io.orderhub.sync.payment;

import io.orderhub.common.order.Channel;
import io.orderhub.common.secret.SecretResolver;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * One configured gateway with its keys resolved on use (so a fixed environment takes effect on the next message).
 * Errors name the gateway and the setting, never a key. {@link #toString()} shows no secret.
 */
public final class PaymentGateway {

    private final String name;
    private final PaymentProperties.Gateway settings;
    private final SecretResolver secrets;

    PaymentGateway(String name, PaymentProperties.Gateway settings, SecretResolver secrets) {
        this.name = name;
        this.settings = settings;
        this.secrets = secrets;
    }

    public String name() {
        return name;
    }

    public GatewayType type() {
        return settings.type();
    }

    public Channel channel() {
        return settings.channel();
    }

    public String shopId() {
        return settings.shopId();
    }

    public String appId() {
        return settings.appId();
    }

    public String merchantId() {
        return settings.merchantId();
    }

    public String platformSerial() {
        return settings.platformSerial();
    }

    public String merchantSerial() {
        return settings.merchantSerial();
    }

    public String apiBaseUrl() {
        return settings.apiBaseUrl();
    }

    public PublicKey gatewayPublicKey() {
        String pem = secret(settings.gatewayPublicKeyRef(), "gateway-public-key-ref");
        try {
            return Rsa.publicKey(pem);
        } catch (IllegalArgumentException e) {
            throw new GatewayConfigurationException(where("gateway-public-key-ref") + ": " + e.getMessage());
        }
    }

    public PrivateKey merchantPrivateKey() {
        String pem = secret(settings.merchantPrivateKeyRef(), "merchant-private-key-ref");
        try {
            return Rsa.privateKey(pem);
        } catch (IllegalArgumentException e) {
            throw new GatewayConfigurationException(where("merchant-private-key-ref") + ": " + e.getMessage());
        }
    }

    public byte[] apiV3Key() {
        byte[] key = secret(settings.apiV3KeyRef(), "api-v3-key-ref").getBytes(StandardCharsets.UTF_8);
        if (key.length != 32) {
            throw new GatewayConfigurationException(where("api-v3-key-ref") + ": an APIv3 key has 32 characters");
        }
        return key;
    }

    public String hmacSecret() {
        return secret(settings.secretRef(), "secret-ref");
    }

    private String secret(String reference, String setting) {
        if (reference == null) {
            throw new GatewayConfigurationException(where(setting) + ": not set");
        }
        try {
            return secrets.resolve(reference, where(setting));
        } catch (RuntimeException e) {
            throw new GatewayConfigurationException(e.getMessage());
        }
    }

    private String where(String setting) {
        return "oms.payments.gateways." + name + "." + setting;
    }

    @Override
    public String toString() {
        return "PaymentGateway[" + name + ", " + settings.type() + ", pays " + settings.channel() + "/" + settings.shopId() + "]";
    }
}
