package io.orderhub.sandbox.erp.entries;

import java.math.BigDecimal;

/** A line of an order an outbound entry belongs to (what SKU confusion is judged against). */
public record OrderLine(String orderNo, int lineNo, String skuCode, BigDecimal quantity) {
}
