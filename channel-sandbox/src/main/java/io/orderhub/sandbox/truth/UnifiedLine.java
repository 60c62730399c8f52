package io.orderhub.sandbox.truth;

import io.orderhub.sandbox.generator.RefundState;
import java.math.BigDecimal;

public record UnifiedLine(String sku, String platformSku, int quantity, BigDecimal unitPrice, boolean gift,
                          RefundState refundState) {
}
