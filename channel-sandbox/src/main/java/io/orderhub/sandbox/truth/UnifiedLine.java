package io.orderhub.sandbox.truth;

import io.orderhub.sandbox.generator.RefundState;
import java.math.BigDecimal;

/** One line of the truth; {@code discountShare} is the part of the order's discount the platform puts on it. */
public record UnifiedLine(String sku, String platformSku, int quantity, BigDecimal unitPrice, BigDecimal discountShare,
                          boolean gift, RefundState refundState) {
}
