package io.orderhub.sync.payment;

/** The payment gateways whose notifications and query APIs we speak. */
public enum GatewayType {
    ALIPAY,
    WECHATPAY,
    /** A gateway that signs JSON notifications with a shared HMAC-SHA256 secret (UnionPay-style, own systems). */
    HMAC
}
