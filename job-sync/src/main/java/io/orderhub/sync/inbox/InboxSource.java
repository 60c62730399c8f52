package io.orderhub.sync.inbox;

/** Who sent a message into the inbox; each source has its own verifier and applier. */
public enum InboxSource {
    /** A platform's order push (Taobao-style message service). */
    TAOBAO_PUSH,
    /** Alipay asynchronous notify (RSA2). */
    ALIPAY,
    /** WeChat Pay v3 notification (signature headers, AES-256-GCM resource). */
    WECHATPAY,
    /** A generic HMAC-SHA256 signed payment gateway (UnionPay-style, own systems). */
    GATEWAY
}
