package io.orderhub.common.alert.notify;

import io.orderhub.common.alert.Alert;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One message to one receiver: the alerts of one notification group (or of several groups merged because the
 * receiver's rate limit was reached), firing ones and ones resolved since the last message.
 *
 * @param receiver     the configured receiver name the message is for (the fallback's name when diverted)
 * @param groupKey     readable group identity ({@code route/labels}), or a description of the merged groups
 * @param groupLabels  the values of the route's group_by labels (empty for a merged message)
 * @param alerts       the alerts, firing first
 * @param mergedGroups how many groups this message carries (1 normally, more when held back by a rate limit)
 * @param test         a test message from the {@code alertTest} job
 * @param intendedFor  the receiver the message was meant for when it goes to that one's fallback, else null
 */
public record Notification(String receiver, String groupKey, SortedMap<String, String> groupLabels,
        List<Alert> alerts, int mergedGroups, boolean test, String intendedFor) {

    public Notification(String receiver, String groupKey, SortedMap<String, String> groupLabels, List<Alert> alerts,
            int mergedGroups, boolean test) {
        this(receiver, groupKey, groupLabels, alerts, mergedGroups, test, null);
    }

    public enum Status { FIRING, RESOLVED }

    public Notification {
        Objects.requireNonNull(receiver, "receiver");
        groupKey = groupKey == null ? "" : groupKey;
        groupLabels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(groupLabels == null ? Map.of() : groupLabels));
        alerts = List.copyOf(alerts);
        mergedGroups = Math.max(1, mergedGroups);
    }

    /** Firing when any alert in it is still firing (Alertmanager's rule for a group's status). */
    public Status status() {
        return alerts.stream().anyMatch(a -> !a.isResolved()) ? Status.FIRING : Status.RESOLVED;
    }

    /** The alerts as a message lists them: firing, then resolved. */
    public List<Alert> inMessageOrder() {
        return java.util.stream.Stream.concat(firing().stream(), resolved().stream()).toList();
    }

    /** The same message carrying only the first {@code count} alerts in message order. */
    public Notification first(int count) {
        return new Notification(receiver, groupKey, groupLabels, inMessageOrder().subList(0, count), mergedGroups, test,
                intendedFor);
    }

    public List<Alert> firing() {
        return alerts.stream().filter(a -> !a.isResolved()).toList();
    }

    public List<Alert> resolved() {
        return alerts.stream().filter(Alert::isResolved).toList();
    }

    /** Labels (including {@code alertname} and {@code severity}) with the same value in every alert. */
    public SortedMap<String, String> commonLabels() {
        SortedMap<String, String> common = null;
        for (Alert alert : alerts) {
            Map<String, String> labels = AlertLabels.of(alert);
            if (common == null) {
                common = new TreeMap<>(labels);
            } else {
                common.entrySet().removeIf(e -> !e.getValue().equals(labels.get(e.getKey())));
            }
        }
        return common == null ? new TreeMap<>() : common;
    }

    /** Annotations (summary, details) with the same value in every alert. */
    public SortedMap<String, String> commonAnnotations() {
        SortedMap<String, String> common = null;
        for (Alert alert : alerts) {
            Map<String, String> annotations = AlertLabels.annotations(alert);
            if (common == null) {
                common = new TreeMap<>(annotations);
            } else {
                common.entrySet().removeIf(e -> !e.getValue().equals(annotations.get(e.getKey())));
            }
        }
        return common == null ? new TreeMap<>() : common;
    }
}
