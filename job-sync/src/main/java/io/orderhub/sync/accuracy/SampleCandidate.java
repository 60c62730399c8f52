package io.orderhub.sync.accuracy;

import io.orderhub.common.order.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One of our orders that may be drawn: what we hold of it, and the size of its stratum (the shop's eligible orders
 * with the same unified status).
 *
 * @param modifiedAt the platform modified time of the version we hold
 */
public record SampleCandidate(String orderNo, String platformOrderId, OrderStatus status, BigDecimal paidAmount,
        LocalDateTime modifiedAt, int stratumSize) {
}
