package io.orderhub.sandbox.payment;

/**
 * What a forged notice was and how the receiver answered.
 *
 * @param notifyId   Alipay {@code notify_id} / WeChat notification {@code id} of the forged notice
 * @param httpStatus the receiver's status, -1 when it could not be reached
 */
public record ForgedNotice(Forgery forgery, String gateway, String outTradeNo, String notifyId, int httpStatus,
                           String responseBody) {
}
