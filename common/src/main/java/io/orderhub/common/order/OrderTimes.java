package io.orderhub.common.order;

import java.time.LocalDateTime;
import java.util.Objects;

/** The moments of an order's life, GMT+8 wall-clock, as the platforms give them. Only created and modified are required. */
public record OrderTimes(
        LocalDateTime created,
        LocalDateTime paid,
        LocalDateTime platformModified,
        LocalDateTime promisedShipBy,
        LocalDateTime shipped,
        LocalDateTime delivered) {

    public OrderTimes {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(platformModified, "platformModified");
    }
}
