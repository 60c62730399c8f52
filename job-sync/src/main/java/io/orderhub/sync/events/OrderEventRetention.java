package io.orderhub.sync.events;

import io.orderhub.common.job.JobContext;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Deletes published outbox rows older than {@code oms.events.retention} ({@code orderEventPrune}): about 200 bytes
 * an event, 20 MB per 100,000, otherwise kept forever. In chunks of {@value #CHUNK} rows, each its own statement, so
 * no long transaction holds the table the sync appends to. Unpublished and parked rows are kept whatever their age.
 */
public class OrderEventRetention {

    static final int CHUNK = 5_000;

    private final OrderEventOutbox outbox;
    private final OrderEventsProperties properties;
    private final Clock clock;

    public OrderEventRetention(OrderEventOutbox outbox, OrderEventsProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    public String run(EventPruneRequest request, JobContext context) {
        LocalDateTime cutoff = LocalDateTime.now(clock).minus(properties.retention());
        long limit = request.limit() == null ? Long.MAX_VALUE : request.limit();
        long deleted = 0;
        while (deleted < limit) {
            int chunk = (int) Math.min(CHUNK, limit - deleted);
            int removed = outbox.prunePublishedBefore(cutoff, chunk);
            deleted += removed;
            if (removed < chunk) {
                break;
            }
        }
        String summary = "deleted=" + deleted + " published before " + cutoff + " (GMT+8, retention "
                + properties.retention() + ")";
        context.log().line("order events prune: {}", summary);
        return summary;
    }
}
