package io.orderhub.sync.channel;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/** A half-open span of platform modified times, {@code [from, to)}, GMT+8 wall clock. */
public record TimeWindow(LocalDateTime from, LocalDateTime to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("window end " + to + " is not after its start " + from);
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    /** The two halves, for a window that holds more orders than one query may page through. */
    public TimeWindow[] halves() {
        LocalDateTime middle = from.plusSeconds(Math.max(1, length().toSeconds() / 2));
        return new TimeWindow[] {new TimeWindow(from, middle), new TimeWindow(middle, to)};
    }

    @Override
    public String toString() {
        return "[" + from + ", " + to + ")";
    }
}
