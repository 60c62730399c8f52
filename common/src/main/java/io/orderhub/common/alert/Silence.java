package io.orderhub.common.alert;

import io.orderhub.common.alert.notify.AlertLabels;
import java.time.Instant;
import java.util.List;

/**
 * An operator's "don't tell me about this" for a time range: alerts matching every matcher are not sent while
 * it is active. Expiring it ends it now; it is kept for the record.
 */
public record Silence(long id, List<LabelMatcher> matchers, Instant startsAt, Instant endsAt, String author,
        String comment) {

    public Silence {
        matchers = List.copyOf(matchers);
        if (matchers.isEmpty()) {
            throw new IllegalArgumentException("a silence needs at least one matcher (it would mute everything)");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a silence must end after it starts");
        }
    }

    public boolean activeAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    public boolean mutes(Alert alert) {
        return LabelMatcher.all(matchers, AlertLabels.of(alert));
    }
}
