package io.orderhub.sync.payment;

import io.orderhub.common.order.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code oms.payments.*}: the payment gateways whose notifications we receive ({@code /payments/<type>/<name>})
 * and query. A gateway pays the orders of one shop: {@code out_trade_no} is that shop's platform order id. Keys
 * and secrets are {@code env:NAME} references (PEM or Base64 DER for RSA keys).
 *
 * @param reconcileAfter an order still awaiting payment this long after creation is checked with its gateway
 * @param reconcileLookback orders created longer ago than this are no longer reconciled
 */
@Validated
@ConfigurationProperties("oms.payments")
public record PaymentProperties(Map<String, @Valid Gateway> gateways, Duration reconcileAfter,
        Duration reconcileLookback, Duration queryTimeout) {

    public PaymentProperties {
        gateways = gateways == null ? Map.of() : Map.copyOf(gateways);
        reconcileAfter = reconcileAfter == null ? Duration.ofMinutes(15) : reconcileAfter;
        reconcileLookback = reconcileLookback == null ? Duration.ofDays(3) : reconcileLookback;
        queryTimeout = queryTimeout == null ? Duration.ofSeconds(10) : queryTimeout;
    }

    /**
     * One gateway account.
     *
     * @param appId Alipay app id / WeChat appid (checked against every notification)
     * @param merchantId WeChat mchid / HMAC gateway merchant id (checked against every notification)
     * @param gatewayPublicKeyRef Alipay public key / WeChat Pay platform public key: verifies what the gateway signs
     * @param platformSerial WeChat Pay platform certificate serial the notifications must name
     * @param merchantPrivateKeyRef our private key: signs our query requests
     * @param merchantSerial our WeChat Pay merchant certificate serial (query requests)
     * @param apiV3KeyRef WeChat Pay APIv3 key (decrypts notification resources)
     * @param secretRef HMAC gateway shared secret
     * @param apiBaseUrl query API base, e.g. {@code https://openapi.alipay.com/gateway.do} or
     *                   {@code https://api.mch.weixin.qq.com/}
     */
    public record Gateway(@NotNull GatewayType type, @NotNull Channel channel, @NotBlank String shopId, String appId,
            String merchantId, String gatewayPublicKeyRef, String platformSerial, String merchantPrivateKeyRef,
            String merchantSerial, String apiV3KeyRef, String secretRef, String apiBaseUrl) {
    }
}
