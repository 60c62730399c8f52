package io.orderhub.sync.inbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The {@code inboxDrain} job parameter (optional): {@code {"maxMessages": 50000}} caps one run. */
public record DrainRequest(@Min(1) @Max(10_000_000) Integer maxMessages) {

    public DrainRequest {
        maxMessages = maxMessages == null ? 200_000 : maxMessages;
    }
}
