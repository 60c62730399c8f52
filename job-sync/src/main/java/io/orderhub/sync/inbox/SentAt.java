package io.orderhub.sync.inbox;

import java.time.Duration;
import java.time.LocalDateTime;

/** Freshness of a sender's timestamp, judged against when we received the message (not now: replays come later). */
public final class SentAt {

    /** The platforms' own tolerance for request timestamps. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(10);

    private SentAt() {
    }

    public static boolean fresh(LocalDateTime sentAt, LocalDateTime receivedAt, Duration tolerance) {
        return Duration.between(sentAt, receivedAt).abs().compareTo(tolerance) <= 0;
    }
}
