package io.orderhub.report.health;

/** The stages an order passes through, in order; the flow graph's nodes. */
public enum Stage {
    CREATED, PAID, HELD, RELEASED, SHIPPED, DELIVERED, COMPLETED
}
