package io.orderhub.common.alert;

import io.orderhub.common.alert.notify.AlertLabels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The parsed form of {@link AlertProperties}: which routes (receiver, grouping, timings) an alert takes, and
 * whether a firing alert inhibits it. Routes are a flat ordered list under the root: the first match wins, a
 * match with {@code continue} lets later routes match too, and an alert no route matched goes to the root.
 */
final class AlertRouting {

    static final String NOTIFIER_FAILING = "NotifierFailing";

    /** One way an alert goes: to {@code receiver}, grouped by {@code groupBy}, with these timings. */
    record RoutePlan(String id, String receiver, List<String> groupBy, Duration groupWait, Duration groupInterval,
            Duration repeatInterval) {

        SortedMap<String, String> groupLabels(Map<String, String> labels) {
            SortedMap<String, String> values = new TreeMap<>();
            if (groupBy.contains(AlertProperties.GROUP_BY_ALL)) {
                values.putAll(labels);
                return values;
            }
            for (String label : groupBy) {
                values.put(label, labels.getOrDefault(label, ""));
            }
            return values;
        }

        String groupKey(SortedMap<String, String> groupLabels) {
            StringBuilder key = new StringBuilder(id).append(':');
            groupLabels.forEach((k, v) -> key.append(k).append('=').append(v).append(';'));
            return key.toString();
        }

        /** Stable id of the group (receiver + key), hex SHA-256. */
        String groupId(String groupKey) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest((receiver + '\u0000' + groupKey).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record CompiledRoute(RoutePlan plan, List<LabelMatcher> matchers, boolean continueMatching) {
    }

    private record CompiledRule(List<LabelMatcher> source, List<LabelMatcher> target, List<String> equal) {
    }

    private final AlertProperties properties;
    private final RoutePlan root;
    private final List<CompiledRoute> routes = new ArrayList<>();
    private final List<CompiledRule> rules = new ArrayList<>();

    AlertRouting(AlertProperties properties) {
        this.properties = properties;
        this.root = new RoutePlan("root", properties.defaultReceiver(), properties.groupBy(), properties.groupWait(),
                properties.groupInterval(), properties.repeatInterval());
        for (int i = 0; i < properties.routes().size(); i++) {
            AlertProperties.Route route = properties.routes().get(i);
            RoutePlan plan = new RoutePlan("routes[" + i + "]", route.receiver(),
                    route.groupBy() == null ? properties.groupBy() : route.groupBy(),
                    orDefault(route.groupWait(), properties.groupWait()),
                    orDefault(route.groupInterval(), properties.groupInterval()),
                    orDefault(route.repeatInterval(), properties.repeatInterval()));
            routes.add(new CompiledRoute(plan, route.matchers().stream().map(LabelMatcher::parse).toList(),
                    route.continueMatching()));
        }
        for (AlertProperties.InhibitRule rule : properties.inhibitRules()) {
            rules.add(new CompiledRule(rule.sourceMatchers().stream().map(LabelMatcher::parse).toList(),
                    rule.targetMatchers().stream().map(LabelMatcher::parse).toList(), rule.equal()));
        }
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }

    boolean hasReceivers() {
        return !properties.receivers().isEmpty();
    }

    /**
     * The routes an alert takes. {@code NotifierFailing{receiver=R}} goes to R's fallback when R has one: the
     * routes may well point at R, which is the receiver that is not working.
     */
    List<RoutePlan> routesFor(Alert alert) {
        if (!hasReceivers()) {
            return List.of();
        }
        Map<String, String> labels = AlertLabels.of(alert);
        if (NOTIFIER_FAILING.equals(alert.name())) {
            AlertProperties.Receiver failing = properties.receivers().get(alert.labels().get("receiver"));
            if (failing != null && failing.fallback() != null) {
                return List.of(new RoutePlan("notifier-failing", failing.fallback(), List.of("alertname", "receiver"),
                        Duration.ZERO, properties.groupInterval(), properties.repeatInterval()));
            }
        }
        List<RoutePlan> plans = new ArrayList<>();
        for (CompiledRoute route : routes) {
            if (LabelMatcher.all(route.matchers(), labels)) {
                plans.add(route.plan());
                if (!route.continueMatching()) {
                    break;
                }
            }
        }
        return plans.isEmpty() ? List.of(root) : plans;
    }

    /** True when another firing alert matching a rule's source mutes {@code target} (an alert never mutes itself). */
    boolean inhibited(Alert target, Collection<Alert> firing) {
        Map<String, String> targetLabels = AlertLabels.of(target);
        String targetFingerprint = target.fingerprint();
        for (CompiledRule rule : rules) {
            if (!LabelMatcher.all(rule.target(), targetLabels)) {
                continue;
            }
            for (Alert source : firing) {
                Map<String, String> sourceLabels = AlertLabels.of(source);
                if (LabelMatcher.all(rule.source(), sourceLabels) && !source.fingerprint().equals(targetFingerprint)
                        && rule.equal().stream().allMatch(l -> sourceLabels.getOrDefault(l, "")
                                .equals(targetLabels.getOrDefault(l, "")))) {
                    return true;
                }
            }
        }
        return false;
    }
}
