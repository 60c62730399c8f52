package io.orderhub.common.order;

/** Unified order status. Refunds are a separate dimension ({@link RefundState}); a frozen order keeps its status and is put on hold. */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    PARTIALLY_SHIPPED,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    CANCELLED
}
