package io.orderhub.sync.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The {@code orderEventPrune} job parameter; blank means {@code {}}. {@code limit} caps the rows deleted in this run
 * (default: no cap).
 */
public record EventPruneRequest(@Min(1) @Max(100_000_000) Integer limit) {
}
