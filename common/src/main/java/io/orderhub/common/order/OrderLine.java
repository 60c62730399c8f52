package io.orderhub.common.order;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an order.
 *
 * @param sku           the merchant's own SKU code (outer SKU id), null when the shop did not set one
 * @param platformSku   the platform's SKU id, kept as text (Douyin ids exceed 2^53)
 * @param discountShare the part of the order discount carried by this line
 * @param batchNo       the goods batch when the platform or the warehouse tells it
 */
public record OrderLine(
        String sku,
        String platformSku,
        String title,
        int quantity,
        String unit,
        BigDecimal unitPrice,
        BigDecimal discountShare,
        boolean gift,
        RefundState refundState,
        String batchNo) {

    public OrderLine {
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discountShare, "discountShare");
        Objects.requireNonNull(refundState, "refundState");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + quantity);
        }
    }
}
