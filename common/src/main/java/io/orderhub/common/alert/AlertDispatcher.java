package io.orderhub.common.alert;

import io.orderhub.common.alert.AlertRouting.RoutePlan;
import io.orderhub.common.alert.AlertStore.GroupState;
import io.orderhub.common.alert.AlertStore.StoredAlert;
import io.orderhub.common.alert.notify.Notification;
import io.orderhub.common.alert.notify.NotificationFailure;
import io.orderhub.common.alert.notify.Notifier;
import io.orderhub.common.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
    private final RetryPolicy sendRetry;
    private final AlertRunbooks runbooks;

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
        this.sendRetry = properties.sendRetry();
        this.runbooks = properties.runbooks();
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

        boolean announced(StoredAlert alert) {
            return state.lastFiring().contains(alert.entry());
        }
    }

    /**
     * The alerts of due groups in the order a message lists them: firing ones not yet announced first (so a
     * message cut for size carries the news, and the next one the rest), then the announced ones, then resolved.
     */
    private static List<StoredAlert> inMessageOrder(List<Due> groups) {
        List<StoredAlert> ordered = new ArrayList<>();
        groups.forEach(d -> d.firing().stream().filter(a -> !d.announced(a)).forEach(ordered::add));
        groups.forEach(d -> d.firing().stream().filter(d::announced).forEach(ordered::add));
        groups.forEach(d -> ordered.addAll(d.resolved()));
        return ordered;
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
        // A message too big for the receiver goes out in pages: each page takes a slot, leaving one for every
        // message still to come.
        int slotsLeft = slots;
        for (int i = 0; i < messages.size(); i++) {
            slotsLeft -= send(owner, target, messages.get(i), now, counts, slotsLeft - (messages.size() - i - 1));
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

    /**
     * Sends the due groups as one message, in as many pages as the receiver's size limit needs and at most
     * {@code pageBudget}; records as announced only the alerts a delivered page carried. Returns the attempts made.
     */
    private int send(String owner, String target, List<Due> groups, Instant now, Counts counts, int pageBudget) {
        Due first = groups.get(0);
        Notifier notifier = receivers.notifier(target);
        List<StoredAlert> pending = inMessageOrder(groups);
        int total = pending.size();
        Set<String> delivered = new HashSet<>();
        NotificationFailure failure = null;
        int pages = 0;
        while (!pending.isEmpty() && pages < pageBudget) {
            // Linked here, not when posted: the link follows oms.alert.runbook-url and stays out of the alert's state.
            Notification whole = notification(owner, target, groups,
                    pending.stream().map(a -> runbooks.linked(a.alert())).toList());
            int fit = Math.max(1, Math.min(pending.size(), notifier.capacity(whole)));
            Notification page = fit < pending.size() ? whole.first(fit) : whole;
            pages++;
            try {
                notifier.send(page);
            } catch (NotificationFailure e) {
                failure = e;
                break;
            }
            store.logAttempt(target, now, first.group().groupId, groups.size(), fit, null);
            counts.sent++;
            pending.subList(0, fit).forEach(a -> delivered.add(a.entry()));
            // A continuation page carries only what no message has announced yet: the rest is old news.
            pending = pending.subList(fit, pending.size()).stream()
                    .filter(a -> !announcedFiring(groups, a)).toList();
        }
        if (!delivered.isEmpty()) {
            counts.merged += groups.size() - 1;
            recordDelivered(target, groups, delivered, now);
            int endedFailures = store.receiverSucceeded(target, now);
            if (endedFailures >= properties.maxAttempts()) {
                sink.post(Alert.firing(AlertRouting.NOTIFIER_FAILING, Severity.WARNING, Map.of("receiver", target),
                        "alert receiver " + target + " works again", "", List.of(), now).resolvedAt(now));
            }
        }
        if (failure != null) {
            recordFailure(owner, target, groups.stream().filter(d -> !complete(d, delivered)).toList(),
                    total - delivered.size(), now, counts, failure);
        }
        return pages;
    }

    private static boolean announcedFiring(List<Due> groups, StoredAlert alert) {
        return !alert.alert().isResolved() && groups.stream().anyMatch(d -> d.announced(alert));
    }

    /** A diverted message names the receiver it was meant for, so whoever reads the fallback knows what broke. */
    private static Notification notification(String owner, String target, List<Due> groups, List<Alert> alerts) {
        Due first = groups.get(0);
        String intendedFor = target.equals(owner) ? null : owner;
        return groups.size() == 1
                ? new Notification(target, first.group().groupKey, first.group().groupLabels, alerts, 1, false,
                        intendedFor)
                : new Notification(target, groups.size() + " groups merged (rate limit)", null, alerts, groups.size(),
                        false, intendedFor);
    }

    /** Whether, with {@code delivered}, every alert of the group has been announced (and every resolution sent). */
    private static boolean complete(Due d, Set<String> delivered) {
        return d.firing().stream().allMatch(a -> d.announced(a) || delivered.contains(a.entry()))
                && d.resolved().stream().allMatch(a -> delivered.contains(a.entry()));
    }

    /**
     * Complete groups are sent (last_sent_at = now, so de-duplication and repeat_interval count from here); the
     * others record what was announced and stay due, so the rest goes out next, within the rate window.
     */
    private void recordDelivered(String target, List<Due> groups, Set<String> delivered, Instant now) {
        Map<String, Set<String>> firing = new HashMap<>();
        Map<String, Set<String>> resolved = new HashMap<>();
        List<String> sent = new ArrayList<>();
        List<String> partly = new ArrayList<>();
        for (Due d : groups) {
            Set<String> announced = new LinkedHashSet<>();
            d.firing().stream().filter(a -> d.announced(a) || delivered.contains(a.entry()))
                    .forEach(a -> announced.add(a.entry()));
            Set<String> resolvedEntries = new LinkedHashSet<>();
            for (StoredAlert a : d.resolved()) {
                // A resolution not yet delivered stays "announced firing", so the next message still carries it.
                (delivered.contains(a.entry()) ? resolvedEntries : announced).add(a.entry());
            }
            firing.put(d.group().groupId, announced);
            resolved.put(d.group().groupId, resolvedEntries);
            (complete(d, delivered) ? sent : partly).add(d.group().groupId);
        }
        if (!sent.isEmpty()) {
            store.groupSent(sent, firing, resolved, target, now);
        }
        if (!partly.isEmpty()) {
            store.groupPartlySent(partly, firing, resolved, target);
        }
    }

    private void recordFailure(String owner, String target, List<Due> groups, int alerts, Instant now, Counts counts,
            NotificationFailure e) {
        counts.failed++;
        log.warn("alert receiver {} failed ({} group(s), {} alert(s)): {}", target, groups.size(), alerts,
                e.getMessage());
        store.logAttempt(target, now, groups.isEmpty() ? null : groups.get(0).group().groupId, groups.size(), alerts,
                e.getMessage());
        Map<String, Integer> attempts = new HashMap<>();
        Map<String, Instant> nextAttempt = new HashMap<>();
        AlertProperties.Receiver ownerConfig = properties.receivers().get(owner);
        for (Due d : groups) {
            int failures = d.state().attempts() + 1;
            attempts.put(d.group().groupId, failures);
            boolean divertNow = target.equals(owner) && ownerConfig.fallback() != null
                    && !sendRetry.canRetryAfter(failures);
            // The fallback is another receiver: it need not wait out this one's backoff.
            nextAttempt.put(d.group().groupId, divertNow ? now : now.plus(sendRetry.delayBefore(failures)));
        }
        store.groupFailed(groups.stream().map(d -> d.group().groupId).toList(), attempts, nextAttempt, e.getMessage());
        int consecutive = store.receiverFailed(target, now, e.getMessage());
        if (consecutive >= properties.maxAttempts()) {
            sink.post(Alert.firing(AlertRouting.NOTIFIER_FAILING, Severity.WARNING, Map.of("receiver", target),
                    "alert receiver " + target + " failed " + consecutive + " times in a row",
                    "last error: " + e.reason() + ": " + e.getMessage(), List.of(), now));
        }
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
