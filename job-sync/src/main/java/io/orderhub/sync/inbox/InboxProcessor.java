package io.orderhub.sync.inbox;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Applies verified messages and records each outcome, inside the caller's transaction: applied, tried again after
 * a growing delay (the senders' "at most 3 times, at intervals"), or dead-lettered with the reason.
 */
@Component
public class InboxProcessor {

    private final Map<InboxSource, MessageApplier> appliers = new EnumMap<>(InboxSource.class);
    private final InboxStore store;
    private final List<Duration> retryDelays;
    private final Duration awaitOrderFor;

    public InboxProcessor(List<MessageApplier> appliers, InboxStore store,
            @Value("${oms.inbox.retry-delays:1m,5m}") List<Duration> retryDelays,
            @Value("${oms.inbox.await-order-for:7d}") Duration awaitOrderFor) {
        appliers.forEach(a -> a.sources().forEach(s -> this.appliers.put(s, a)));
        this.store = store;
        this.retryDelays = List.copyOf(retryDelays);
        this.awaitOrderFor = awaitOrderFor;
    }

    /** Attempts a message gets before it is dead-lettered. */
    public int maxAttempts() {
        return retryDelays.size() + 1;
    }

    public Counts process(List<InboxRow> rows, LocalDateTime now) {
        Counts counts = new Counts();
        Map<InboxSource, List<InboxRow>> bySource = rows.stream()
                .collect(Collectors.groupingBy(InboxRow::source, LinkedHashMap::new, Collectors.toList()));
        List<Long> applied = new ArrayList<>();
        bySource.forEach((source, batch) -> {
            MessageApplier applier = appliers.get(source);
            Map<Long, ApplyOutcome> outcomes = applier == null ? Map.of() : applier.apply(batch);
            for (InboxRow row : batch) {
                ApplyOutcome outcome = outcomes.getOrDefault(row.id(),
                        ApplyOutcome.refused(InboxReason.APPLY_FAILED, "no applier for source " + source));
                if (outcome.applied()) {
                    applied.add(row.id());
                    counts.applied++;
                } else if (outcome.awaitsOrder() != null) {
                    awaitOrder(row, outcome, now, counts);
                } else {
                    recordFailure(row, outcome.reason(), outcome.detail(), outcome.retryable(), now, counts);
                }
            }
        });
        store.applied(applied, now);
        return counts;
    }

    /**
     * Parks a message until its order arrives ({@link InboxStore#wakeAwaitedOrders} makes it due again), for at most
     * {@code oms.inbox.await-order-for} after it was received; then it is dead-lettered {@code ORDER_NOT_FOUND}.
     */
    private void awaitOrder(InboxRow row, ApplyOutcome outcome, LocalDateTime now, Counts counts) {
        LocalDateTime until = row.receivedAt().plus(awaitOrderFor);
        if (now.isBefore(until)) {
            store.awaitOrder(row.id(), outcome.awaitsOrder(), outcome.detail(), until, now);
            counts.awaitingOrder++;
        } else {
            recordFailure(row, InboxReason.ORDER_NOT_FOUND, outcome.detail() + "; waited " + awaitOrderFor, false, now,
                    counts);
        }
    }

    /** Records a failed attempt for a message whose batch could not be applied at all. */
    public void recordFailure(InboxRow row, InboxReason reason, String detail, boolean retryable, LocalDateTime now,
            Counts counts) {
        int attempt = row.attempts() + 1;
        LocalDateTime retryAt = retryable && attempt < maxAttempts() ? now.plus(retryDelays.get(attempt - 1)) : null;
        store.failed(row.id(), reason, detail, retryAt, now);
        if (retryAt == null) {
            counts.deadLettered.merge(reason, 1, Integer::sum);
        } else {
            counts.retrying.merge(reason, 1, Integer::sum);
        }
    }

    /** What a batch did. */
    public static final class Counts {
        int applied;
        int awaitingOrder;
        final Map<InboxReason, Integer> retrying = new EnumMap<>(InboxReason.class);
        final Map<InboxReason, Integer> deadLettered = new EnumMap<>(InboxReason.class);

        public int applied() {
            return applied;
        }

        public int awaitingOrder() {
            return awaitingOrder;
        }

        public Map<InboxReason, Integer> retrying() {
            return retrying;
        }

        public Map<InboxReason, Integer> deadLettered() {
            return deadLettered;
        }

        public void add(Counts other) {
            applied += other.applied;
            awaitingOrder += other.awaitingOrder;
            other.retrying.forEach((k, v) -> retrying.merge(k, v, Integer::sum));
            other.deadLettered.forEach((k, v) -> deadLettered.merge(k, v, Integer::sum));
        }

        @Override
        public String toString() {
            return "applied=" + applied + " awaitingOrder=" + awaitingOrder + " retrying=" + (retrying.isEmpty() ? "0" : retrying)
                    + " deadLettered=" + (deadLettered.isEmpty() ? "0" : deadLettered);
        }
    }
}
