package io.orderhub.common.alert;

import io.orderhub.common.alert.AlertRouting.RoutePlan;
import io.orderhub.common.alert.AlertStore.GroupState;
import io.orderhub.common.alert.AlertStore.StoredAlert;
import io.orderhub.common.alert.notify.Notification;
import io.orderhub.common.alert.notify.NotificationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns alert state into messages, Alertmanager style. Each run: route every alert (silenced and inhibited
 * firing alerts are left out), collect the alerts of each notification group, and per receiver — holding that
 * receiver's lease, so two executors never send the same group — decide for each group whether a message is due:
 * a new group after group_wait, a changed one (alerts added, resolved) group_interval after its last message, an
 * unchanged firing one after repeat_interval; otherwise it is de-duplicated. Due groups are sent within the
 * receiver's rate limits: when more are due than the window allows, the surplus goes out merged into one message,
 * and when the window is full they wait for the next run (merged then) — nothing is dropped. A failed send is
 * retried with backoff on later runs; after {@code max-attempts} failures the group goes to the receiver's
 * fallback, and the failing receiver raises {@code NotifierFailing{receiver}}.
 */
public class AlertDispatcher {

    private static final Logger log = LoggerFactory.getLogger(AlertDispatcher.class);
    private static final Duration LOG_RETENTION = Duration.ofDays(7);

    private final AlertProperties properties;
    private final AlertRouting routing;
    private final AlertStore store;
    private final AlertSilences silences;
    private final AlertReceivers receivers;
    private final AlertSink sink;
    private final Clock clock;
    private final String holder;

    public AlertDispatcher(AlertProperties properties, AlertStore store, AlertSilences silences, AlertReceivers receivers,
            AlertSink sink, Clock clock, String holder) {
        this.properties = properties;
        this.routing = new AlertRouting(properties);
        this.store = store;
        this.silences = silences;
        this.receivers = receivers;
        this.sink = sink;
        this.clock = clock;
        this.holder = holder;
    }

    /** The alerts of one group seen in this run. */
    private static final class PendingGroup {
        final String groupId;
        final String groupKey;
        final RoutePlan plan;
        final SortedMap<String, String> groupLabels;
        final List<StoredAlert> firing = new ArrayList<>();
        final List<StoredAlert> resolved = new ArrayList<>();

        PendingGroup(String groupId, String groupKey, RoutePlan plan, SortedMap<String, String> groupLabels) {
            this.groupId = groupId;
            this.groupKey = groupKey;
            this.plan = plan;
            this.groupLabels = groupLabels;
        }

        /**
         * When the group began: its earliest firing alert's start (so group_wait runs from when the watcher saw
         * the condition, not from when a dispatch first noticed it), never later than now.
         */
        Instant firstStartedAt(Instant now) {
            return firing.stream().map(a -> AlertStore.millis(a.alert().startsAt())).filter(t -> t.isBefore(now))
                    .min(Instant::compareTo).orElse(now);
        }

        Set<String> firingEntries() {
            Set<String> entries = new LinkedHashSet<>();
            firing.forEach(a -> entries.add(a.entry()));
            return entries;
        }
    }

    /** A group whose message is due now, and what the message carries. */
    private record Due(PendingGroup group, GroupState state, List<StoredAlert> firing, List<StoredAlert> resolved,
            String target) {

        List<Alert> alerts() {
            List<Alert> alerts = new ArrayList<>();
            firing.forEach(a -> alerts.add(a.alert()));
            resolved.forEach(a -> alerts.add(a.alert()));
            return alerts;
        }
    }

    private static final class Counts {
        int sent;
        int merged;
        int queued;
        int deduplicated;
        int silenced;
        int inhibited;
        int failed;
        int skipped;

        DispatchResult result() {
            return new DispatchResult(sent, merged, queued, deduplicated, silenced, inhibited, failed, skipped);
        }
    }

    public DispatchResult dispatch() {
        Instant now = AlertStore.millis(clock.instant());
        store.deleteResolvedBefore(now.minus(properties.resolvedRetention()));
        store.deleteLogBefore(now.minus(LOG_RETENTION));
        Counts counts = new Counts();
        if (!routing.hasReceivers()) {
            return counts.result();
        }
        List<StoredAlert> alerts = store.alerts(now.minus(properties.resolvedRetention()));
        List<Silence> activeSilences = silences.active(now);
        List<Alert> firing = alerts.stream().map(StoredAlert::alert).filter(a -> !a.isResolved()).toList();
        Map<String, Map<String, PendingGroup>> byReceiver = new TreeMap<>();
        for (StoredAlert stored : alerts) {
            Alert alert = stored.alert();
            if (!alert.isResolved()) {
                if (activeSilences.stream().anyMatch(s -> s.mutes(alert))) {
                    counts.silenced++;
                    continue;
                }
                if (routing.inhibited(alert, firing)) {
                    counts.inhibited++;
                    continue;
                }
            }
            for (RoutePlan plan : routing.routesFor(alert)) {
                SortedMap<String, String> groupLabels = plan.groupLabels(io.orderhub.common.alert.notify.AlertLabels.of(alert));
                String groupKey = plan.groupKey(groupLabels);
                String groupId = plan.groupId(groupKey);
                PendingGroup group = byReceiver.computeIfAbsent(plan.receiver(), r -> new LinkedHashMap<>())
                        .computeIfAbsent(groupId, id -> new PendingGroup(id, groupKey, plan, groupLabels));
                (alert.isResolved() ? group.resolved : group.firing).add(stored);
            }
        }
        for (String receiver : receivers.names()) {
            dispatchReceiver(receiver, byReceiver.getOrDefault(receiver, Map.of()), now, counts);
        }
        return counts.result();
    }

    private void dispatchReceiver(String receiver, Map<String, PendingGroup> pending, Instant now, Counts counts) {
        if (!store.claim(receiver, holder, now, now.plus(properties.lease()))) {
            counts.skipped++;
            return;
        }
        try {
            AlertProperties.Receiver config = properties.receivers().get(receiver);
            Map<String, GroupState> states = store.groups(receiver);
            List<String> idle = new ArrayList<>(states.keySet());
            idle.removeAll(pending.keySet());
            Map<String, List<Due>> dueByTarget = new LinkedHashMap<>();
            for (PendingGroup group : pending.values()) {
                GroupState known = states.get(group.groupId);
                GroupState state = known != null ? known
                        : store.openGroup(group.groupId, receiver, group.groupKey, group.firstStartedAt(now));
                Set<String> firingNow = group.firingEntries();
                List<StoredAlert> resolvedNow = config.sendResolved()
                        ? group.resolved.stream().filter(a -> state.lastFiring().contains(a.entry())).toList()
                        : List.of();
                if (firingNow.isEmpty() && resolvedNow.isEmpty()) {
                    idle.add(group.groupId); // nothing firing, nothing left to announce: the group is over
                    continue;
                }
                boolean changed = !firingNow.equals(state.lastFiring()) || !resolvedNow.isEmpty();
                Instant dueAt = state.lastSentAt() == null ? state.createdAt().plus(group.plan.groupWait())
                        : state.lastSentAt().plus(changed ? group.plan.groupInterval() : group.plan.repeatInterval());
                if (now.isBefore(dueAt)) {
                    if (state.lastSentAt() != null && !changed) {
                        counts.deduplicated++;
                    }
                    continue;
                }
                if (state.nextAttemptAt() != null && now.isBefore(state.nextAttemptAt())) {
                    continue; // backing off after a failed send
                }
                String target = state.attempts() >= properties.maxAttempts() && config.fallback() != null
                        ? config.fallback() : receiver;
                dueByTarget.computeIfAbsent(target, t -> new ArrayList<>())
                        .add(new Due(group, state, group.firing, resolvedNow, target));
            }
            store.deleteGroups(idle);
            dueByTarget.forEach((target, due) -> sendWithinRateLimit(receiver, target, due, now, counts));
        } finally {
            store.release(receiver, holder);
        }
    }

    /** Sends the due groups one message each while the window allows, the surplus merged into the last message. */
    private void sendWithinRateLimit(String owner, String target, List<Due> due, Instant now, Counts counts) {
        List<Due> ordered = new ArrayList<>(due);
        ordered.sort(Comparator.comparing((Due d) -> d.state().createdAt()).thenComparing(d -> d.group().groupKey));
        int slots = slots(target, now);
        if (slots <= 0) {
            counts.queued += ordered.size();
            log.info("alert receiver {}: rate limit reached, {} group(s) wait for the next dispatch", target, ordered.size());
            return;
        }
        List<List<Due>> messages = new ArrayList<>();
        if (ordered.size() <= slots) {
            ordered.forEach(d -> messages.add(List.of(d)));
        } else {
            ordered.subList(0, slots - 1).forEach(d -> messages.add(List.of(d)));
            messages.add(ordered.subList(slots - 1, ordered.size()));
        }
        for (List<Due> message : messages) {
            send(owner, target, message, now, counts);
        }
    }

    private int slots(String target, Instant now) {
        AlertProperties.Receiver config = properties.receivers().get(target);
        int slots = Integer.MAX_VALUE;
        if (config.perMinute() > 0) {
            slots = Math.min(slots, config.perMinute() - store.attemptsSince(target, now.minusSeconds(60).plusMillis(1)));
        }
        if (config.perSecond() > 0) {
            slots = Math.min(slots, config.perSecond() - store.attemptsSince(target, now.minusMillis(999)));
        }
        return slots;
    }

    private void send(String owner, String target, List<Due> groups, Instant now, Counts counts) {
        Due first = groups.get(0);
        List<Alert> alerts = groups.stream().flatMap(d -> d.alerts().stream()).toList();
        Notification notification = groups.size() == 1
                ? new Notification(target, first.group().groupKey, first.group().groupLabels, alerts, 1, false)
                : new Notification(target, groups.size() + " groups merged (rate limit)", null, alerts, groups.size(), false);
        List<String> ids = groups.stream().map(d -> d.group().groupId).toList();
        try {
            receivers.notifier(target).send(notification);
        } catch (NotificationFailure e) {
            counts.failed++;
            log.warn("alert receiver {} failed ({} group(s), {} alert(s)): {}", target, groups.size(), alerts.size(),
                    e.getMessage());
            store.logAttempt(target, now, first.group().groupId, groups.size(), alerts.size(), e.getMessage());
            Map<String, Integer> attempts = new HashMap<>();
            Map<String, Instant> nextAttempt = new HashMap<>();
            AlertProperties.Receiver ownerConfig = properties.receivers().get(owner);
            for (Due d : groups) {
                int failures = d.state().attempts() + 1;
                attempts.put(d.group().groupId, failures);
                boolean divertNow = target.equals(owner) && ownerConfig.fallback() != null
                        && failures >= properties.maxAttempts();
                // The fallback is another receiver: it need not wait out this one's backoff.
                nextAttempt.put(d.group().groupId, divertNow ? now : now.plus(backoff(failures)));
            }
            store.groupFailed(ids, attempts, nextAttempt, e.getMessage());
            int consecutive = store.receiverFailed(target, now, e.getMessage());
            if (consecutive >= properties.maxAttempts()) {
                sink.post(Alert.firing(AlertRouting.NOTIFIER_FAILING, Severity.WARNING, Map.of("receiver", target),
                        "alert receiver " + target + " failed " + consecutive + " times in a row",
                        "last error: " + e.reason() + ": " + e.getMessage(), List.of(), now));
            }
            return;
        }
        counts.sent++;
        counts.merged += groups.size() - 1;
        store.logAttempt(target, now, first.group().groupId, groups.size(), alerts.size(), null);
        Map<String, Set<String>> firing = new HashMap<>();
        Map<String, Set<String>> resolved = new HashMap<>();
        for (Due d : groups) {
            firing.put(d.group().groupId, d.group().firingEntries());
            Set<String> resolvedEntries = new LinkedHashSet<>();
            d.resolved().forEach(a -> resolvedEntries.add(a.entry()));
            resolved.put(d.group().groupId, resolvedEntries);
        }
        store.groupSent(ids, firing, resolved, target, now);
        int endedFailures = store.receiverSucceeded(target, now);
        if (endedFailures >= properties.maxAttempts()) {
            sink.post(Alert.firing(AlertRouting.NOTIFIER_FAILING, Severity.WARNING, Map.of("receiver", target),
                    "alert receiver " + target + " works again", "", List.of(), now).resolvedAt(now));
        }
    }

    private Duration backoff(int failures) {
        Duration wait = properties.retryBackoff();
        for (int i = 1; i < failures && wait.compareTo(properties.maxRetryBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.maxRetryBackoff()) > 0 ? properties.maxRetryBackoff() : wait;
    }

    /** Sends a test message to one receiver now (the {@code alertTest} job), outside grouping and rate limits. */
    public void sendTest(String receiver) {
        Instant now = AlertStore.millis(clock.instant());
        Notification test = new Notification(receiver, "test", null, List.of(), 1, true);
        try {
            receivers.notifier(receiver).send(test);
        } catch (NotificationFailure e) {
            store.logAttempt(receiver, now, null, 0, 0, e.getMessage());
            throw e;
        }
        store.logAttempt(receiver, now, null, 0, 0, null);
    }

    public Set<String> receiverNames() {
        return receivers.names();
    }
}
