package io.orderhub.sandbox.payment;

/** The payment gateways the sandbox simulates: their notify paths and signing schemes differ. */
public enum PaymentKind {
    /** Alipay async notify (form, RSA2 over the sorted params) and {@code alipay.trade.query}. */
    ALIPAY("alipay"),
    /** WeChat Pay v3 notify (JSON, signed headers, AES-256-GCM resource) and the out-trade-no query. */
    WECHATPAY("wechatpay");

    private final String pathSegment;

    PaymentKind(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The segment in {@code {base}/payments/{segment}/{gateway}}. */
    public String pathSegment() {
        return pathSegment;
    }
}
