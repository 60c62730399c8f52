package io.orderhub.sandbox.payment;

/** Forged payment notices a receiver must not apply (or, for AMOUNT_CHANGED, must flag at apply time). */
public enum Forgery {
    /** Signed with a key that is not the gateway's: {@code SIGNATURE_MISMATCH}. */
    BAD_SIGNATURE,
    /** No signature at all (Alipay: no {@code sign}; WeChat: no {@code Wechatpay-Signature}): {@code SIGNATURE_MISSING}. */
    UNSIGNED,
    /** Genuinely signed, but timestamped an hour ago (Alipay {@code notify_time}, {@code Wechatpay-Timestamp}): {@code STALE_TIMESTAMP}. */
    STALE_TIMESTAMP,
    /** Genuinely signed notice of 0.01 yuan (1 fen) instead of the order's amount: {@code AMOUNT_MISMATCH}. */
    AMOUNT_CHANGED,
    /** Signed for the real amount, then the amount changed to 0.01 (WeChat: the body replaced): {@code SIGNATURE_MISMATCH}. */
    TAMPERED_AMOUNT,
    /** The exact bytes and headers of the genuine notice sent last for the order (sent first if none was): {@code REPLAYED}/{@code DUPLICATE}. */
    REPLAYED
}
