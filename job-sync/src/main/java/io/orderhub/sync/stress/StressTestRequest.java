package io.orderhub.sync.stress;

import io.orderhub.common.order.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * The {@code orderStressTest} job parameter, e.g.
 * {@code {"sandboxUrl":"http://127.0.0.1:18080/","steps":[{"seconds":120,"ordersPerMinute":600},
 * {"seconds":120,"ordersPerMinute":3000}]}}: the ramp of new orders per shop and minute the sandbox generates.
 *
 * @param syncIntervalSeconds how often the sync runs during the test (as the admin schedule would)
 * @param lagThresholdSeconds a step whose orders take longer than this (p95) to reach the database is the breaking point
 */
public record StressTestRequest(
        @NotBlank String sandboxUrl,
        @NotEmpty List<@Valid Step> steps,
        List<Channel> channels,
        @Min(1) @Max(600) Integer syncIntervalSeconds,
        @Min(1) Integer lagThresholdSeconds) {

    /** One step of the ramp: this many new orders per shop and minute, for this long. */
    public record Step(@Min(1) @Max(3600) int seconds, @Min(1) @Max(100_000) int ordersPerMinute) {
    }

    public StressTestRequest {
        channels = channels == null ? List.of() : List.copyOf(channels);
        syncIntervalSeconds = syncIntervalSeconds == null ? 5 : syncIntervalSeconds;
        lagThresholdSeconds = lagThresholdSeconds == null ? 120 : lagThresholdSeconds;
    }

    public int totalSeconds() {
        return steps.stream().mapToInt(Step::seconds).sum();
    }
}
