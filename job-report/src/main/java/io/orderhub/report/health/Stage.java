package io.orderhub.report.health;

/**
 * The stages an order passes through, in order; the flow graph's nodes. HELD, RELEASED and REJECTED are the detour
 * of an order a freeze rule held (docs/freeze-rules.md); a rejected order's path ends at REJECTED.
 */
public enum Stage {
    CREATED, PAID, HELD, RELEASED, REJECTED, SHIPPED, DELIVERED, COMPLETED
}
