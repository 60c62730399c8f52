package io.orderhub.report.health;

/**
 * One edge of the order-flow graph of a channel over the whole report range: how many orders went from one stage
 * to the next and how long they took. {@code channel} is {@code "*"} for all channels together.
 */
public record FlowEdge(String channel, Stage from, Stage to, long orders, long p50Seconds, long p95Seconds,
        boolean bottleneck) {
}
