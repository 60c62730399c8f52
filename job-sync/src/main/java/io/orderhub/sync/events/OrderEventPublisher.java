package io.orderhub.sync.events;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox to RabbitMQ, oldest first, in batches: per batch one transaction claims rows (skipping rows
 * another executor holds), publishes them, waits for the broker's confirms, stamps the confirmed rows and counts an
 * attempt with the reason on the others, which the next run sends again. At-least-once: a crash or a lost commit
 * after the broker confirmed means the event goes out again with the same message id (consumers de-duplicate).
 *
 * <p>A run covers the rows that existed when it started; a batch whose broker went away (closed, blocked, no
 * confirms in time) ends the run as failed. Nacked rows are skipped for the rest of the run and wait a back-off
 * ({@code oms.events.nack-backoff}, doubling) before they go out again: each retry delivers another copy to every
 * queue that did accept the event. After {@code oms.events.max-nacks} refusals an event is parked (a dead end with
 * its reason, an alert through {@link ParkedOrderEvents}) until {@code orderEventReplay} releases it.
 */
public class OrderEventPublisher {

    private final OrderEventOutbox outbox;
    private final RabbitOrderEvents broker;
    private final OrderEventsProperties properties;
    private final TransactionTemplate batches;
    private final ParkedOrderEvents parked;
    private final RetryPolicy nackRetry;
    private final Clock clock;

    public OrderEventPublisher(OrderEventOutbox outbox, RabbitOrderEvents broker, OrderEventsProperties properties,
            PlatformTransactionManager transactions, ParkedOrderEvents parked, Clock clock) {
        this.outbox = outbox;
        this.parked = parked;
        this.nackRetry = properties.nackRetry();
        this.broker = broker;
        this.properties = properties;
        this.batches = new TransactionTemplate(transactions);
        // No gap locks: the sync appends to the end of the unpublished index range while a batch is out.
        batches.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    public String run(EventPublishRequest request, JobContext context) {
        if (!properties.enabled()) {
            String summary = "publishing disabled (oms.events.enabled=false); " + backlog();
            context.log().line("order events: {}", summary);
            return summary;
        }
        int limit = request.limit() == null ? properties.maxEventsPerRun() : request.limit();
        Tally tally = new Tally();
        try (RabbitOrderEvents.Session session = broker.open()) {
            long upToId = outbox.newestId();
            long afterId = 0;
            while (tally.read < limit) {
                int size = Math.min(properties.batchSize(), limit - tally.read);
                long from = afterId;
                Batch batch = batches.execute(status -> publishBatch(session, from, upToId, size));
                if (batch.read == 0) {
                    break;
                }
                afterId = batch.lastId;
                tally.add(batch);
                if (batch.outcome.brokerLost()) {
                    break;
                }
            }
        } catch (JobFailure e) {
            context.log().line("order events: failed {} after read={} published={}; {}", e.reason(), tally.read,
                    tally.published, backlog());
            throw e;
        }
        String summary = tally + "; " + backlog() + "; " + parked.alertWhileParked();
        context.log().line("order events: {}", summary);
        if (!tally.failures.isEmpty()) {
            throw new JobFailure("EVENTS_NOT_CONFIRMED", summary, true);
        }
        return summary;
    }

    private Batch publishBatch(RabbitOrderEvents.Session session, long afterId, long upToId, int size) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<OutboxEvent> events = outbox.claim(afterId, upToId, size, now);
        if (events.isEmpty()) {
            return new Batch(0, afterId, new PublishOutcome(List.of(), Map.of(), Set.of(), false), 0);
        }
        PublishOutcome outcome = session.publish(events, properties.confirmTimeout());
        outbox.markPublished(outcome.confirmed(), now);
        outcome.failed().entrySet().stream()
                .filter(failure -> !outcome.nacked().contains(failure.getKey()))
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((reason, ids) -> outbox.markFailed(ids, reason));
        int parkedNow = settleNacks(events, outcome, now);
        return new Batch(events.size(), events.get(events.size() - 1).id(), outcome, parkedNow);
    }

    /**
     * Counts the broker's refusals: per nack count (their back-off differs) either a wait before the next attempt
     * or, at the limit, the dead end. Returns how many events were parked.
     */
    private int settleNacks(List<OutboxEvent> events, PublishOutcome outcome, LocalDateTime now) {
        Map<Integer, List<Long>> nackedByCount = events.stream().filter(e -> outcome.nacked().contains(e.id()))
                .collect(Collectors.groupingBy(e -> e.nacks() + 1, Collectors.mapping(OutboxEvent::id,
                        Collectors.toList())));
        int parkedNow = 0;
        for (Map.Entry<Integer, List<Long>> nacked : nackedByCount.entrySet()) {
            int nacks = nacked.getKey();
            String reason = outcome.failed().get(nacked.getValue().get(0));
            if (!nackRetry.canRetryAfter(nacks)) {
                outbox.park(nacked.getValue(), reason + " " + nacks + " times, parked", now);
                parkedNow += nacked.getValue().size();
            } else {
                outbox.markNacked(nacked.getValue(), reason, now.plus(nackRetry.delayBefore(nacks)));
            }
        }
        return parkedNow;
    }

    private String backlog() {
        OrderEventOutbox.Backlog backlog = outbox.backlog();
        if (backlog.oldestCreatedAt() == null) {
            return "unpublished=0";
        }
        Duration age = Duration.between(backlog.oldestCreatedAt(), LocalDateTime.now(clock));
        return "unpublished=" + backlog.unpublished() + " oldestUnpublishedAge=" + (age.isNegative() ? Duration.ZERO
                : age.truncatedTo(ChronoUnit.SECONDS));
    }

    private record Batch(int read, long lastId, PublishOutcome outcome, int parked) {
    }

    private static final class Tally {
        int read;
        int published;
        int parked;
        final Map<String, Integer> failures = new TreeMap<>();

        void add(Batch batch) {
            read += batch.read;
            published += batch.outcome.confirmed().size();
            parked += batch.parked;
            batch.outcome.failed().values().forEach(reason -> failures.merge(reason, 1, Integer::sum));
        }

        @Override
        public String toString() {
            int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
            return "read=" + read + " published=" + published + " failed=" + failed
                    + (failures.isEmpty() ? "" : " " + failures) + (parked == 0 ? "" : " parked=" + parked);
        }
    }
}
