package io.orderhub.sync.events;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.job.JobContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dead end of order events the broker kept refusing: the alert while any are parked, and the replay that
 * releases them ({@code orderEventReplay}) once the cause is fixed. The alert's episode starts at the oldest parked
 * event, so posting it on every publish run keeps one episode firing; a replay that leaves none parked resolves it.
 */
public class ParkedOrderEvents {

    static final String ALERT = "OrderEventsParked";

    private final OrderEventOutbox outbox;
    private final AlertSink alerts;
    private final Clock clock;

    public ParkedOrderEvents(OrderEventOutbox outbox, AlertSink alerts, Clock clock) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Posts the alert if events are parked; returns {@code parked=N} for the run's summary. */
    String alertWhileParked() {
        OrderEventOutbox.Parked parked = outbox.parked();
        if (parked.count() > 0) {
            alerts.post(alert(parked));
        }
        return "parked=" + parked.count();
    }

    /** Releases the parked events the request names (all when it names none); the next publish run sends them. */
    public String replay(EventReplayRequest request, JobContext context) {
        OrderEventOutbox.Parked before = outbox.parked();
        int released = outbox.release(request.eventIds());
        OrderEventOutbox.Parked after = outbox.parked();
        if (before.count() > 0 && after.count() == 0) {
            alerts.post(alert(before).resolvedAt(clock.instant()));
        }
        String summary = "released=" + released + " stillParked=" + after.count()
                + (released == 0 ? "" : "; the next orderEventPublish run sends them");
        context.log().line("order events replay: {}", summary);
        return summary;
    }

    private Alert alert(OrderEventOutbox.Parked parked) {
        Instant since = parked.oldestParkedAt().atZone(clock.getZone()).toInstant();
        return Alert.firing(ALERT, Severity.CRITICAL, Map.of("exchange", RabbitOrderEvents.EXCHANGE),
                parked.count() + " order event(s) parked: the broker refused them every time",
                "Consumers have not received these events. Reasons: " + parked.byReason()
                        + ". Fix the cause (a queue that rejects messages: x-max-length with reject-publish, a full"
                        + " disk, a policy), then run orderEventReplay ({} for all, or {\"eventIds\":[…]}).",
                List.of(), since);
    }
}
