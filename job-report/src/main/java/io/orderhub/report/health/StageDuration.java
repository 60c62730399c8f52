package io.orderhub.report.health;

import java.time.LocalDate;

/**
 * Time spent between two consecutive stages by the orders of one channel that reached {@code to} on {@code day}
 * (created → paid, paid → held, held → released, paid or released → shipped, shipped → delivered, delivered →
 * completed). {@code bottleneck} marks the stage pair with the largest p95 of that channel over the report's range.
 */
public record StageDuration(LocalDate day, String channel, Stage from, Stage to, DurationStats durations,
        boolean bottleneck) {
}
