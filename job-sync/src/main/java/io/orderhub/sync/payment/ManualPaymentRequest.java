package io.orderhub.sync.payment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The {@code manualMarkPaid} job parameter (人工补单): an operator's claim that an order was paid, with the
 * evidence the gateway must confirm, e.g. {@code {"operator":"li.wei","gateway":"alipay-main",
 * "orderId":"3301…","gatewayTradeNo":"2026112722001…","amount":"189.00","note":"buyer sent receipt"}}.
 */
public record ManualPaymentRequest(@NotBlank String operator, @NotBlank String gateway, @NotBlank String orderId,
        @NotBlank String gatewayTradeNo, @NotNull @DecimalMin("0.01") BigDecimal amount, String note) {
}
