package io.orderhub.sync.payment;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What a verified payment notification (or a gateway query) says about one order.
 *
 * @param paid the gateway reports the trade as paid (Alipay TRADE_SUCCESS/TRADE_FINISHED, WeChat SUCCESS, …)
 * @param amount yuan, scale 2
 */
public record PaymentNotice(String outTradeNo, String gatewayTradeNo, String tradeStatus, boolean paid,
        BigDecimal amount, LocalDateTime paidAt) {
}
