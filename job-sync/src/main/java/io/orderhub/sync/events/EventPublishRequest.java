package io.orderhub.sync.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The {@code orderEventPublish} job parameter; blank means {@code {}}. {@code limit} caps the events of this run
 * (default {@code oms.events.max-events-per-run}).
 */
public record EventPublishRequest(@Min(1) @Max(5_000_000) Integer limit) {
}
