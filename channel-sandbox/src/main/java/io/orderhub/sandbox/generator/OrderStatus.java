package io.orderhub.sandbox.generator;

/** The sandbox's own copy of the unified status vocabulary (docs/unified-model.md); deliberately not shared with common. */
public enum OrderStatus { PENDING_PAYMENT, PAID, PARTIALLY_SHIPPED, SHIPPED, DELIVERED, COMPLETED, CANCELLED }
