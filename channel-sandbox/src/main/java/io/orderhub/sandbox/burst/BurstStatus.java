package io.orderhub.sandbox.burst;

import java.time.Instant;

/**
 * Progress of the current (or last) burst. {@code created} counts orders over all shops; {@code finishedAt} is null
 * while it runs; {@code failure} is null unless the burst stopped on an error.
 */
public record BurstStatus(boolean running, long created, Instant startedAt, Instant finishedAt, String failure) {
    static final BurstStatus NEVER_STARTED = new BurstStatus(false, 0, null, null, null);
}
