package io.orderhub.common.alert;

import io.orderhub.common.retry.RetryPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * Alert routing and delivery ({@code oms.alert.*}), modelled on Alertmanager's configuration: named receivers,
 * an ordered list of routes (first match wins unless {@code continue}), the root route's receiver and timings as
 * the defaults, and inhibition rules. Cross-references (a route's receiver, a fallback) and matcher syntax are
 * checked here, so a misconfiguration fails at start-up with the property's name.
 *
 * @param defaultReceiver  the root route: receives alerts no route matched; required once receivers are configured
 * @param groupBy          root grouping labels; {@code ...} groups by every label (one group per alert)
 * @param groupWait        how long a new group waits for more alerts before its first message
 * @param groupInterval    how long after a message a changed group (new or resolved alerts) may be sent again
 * @param repeatInterval   how long after a message an unchanged, still firing group is sent again
 * @param maxAttempts      failed sends of a group before it goes to the receiver's fallback
 * @param retryBackoff     wait after the first failure; doubles per failure up to {@code maxRetryBackoff}
 * @param lease            how long a dispatcher holds a receiver (so two executors never send a group twice)
 * @param resolvedRetention how long resolved alerts are kept for resolved notices before they are deleted
 * @param emailFrom        default From address of e-mail receivers
 * @param inhibitRules     absent = the default rule (ChannelDown inhibits SyncLag of the same channel); [] = none
 * @param runbookUrl       address of the operations guide; each message links {@code <runbookUrl>#<alert name in
 *                         lower case>} ({@link AlertRunbooks})
 */
@Validated
@ConfigurationProperties("oms.alert")
public record AlertProperties(
        String defaultReceiver,
        @DefaultValue("alertname") List<String> groupBy,
        @DefaultValue("30s") @NotNull Duration groupWait,
        @DefaultValue("5m") @NotNull Duration groupInterval,
        @DefaultValue("4h") @NotNull Duration repeatInterval,
        Map<String, @Valid Receiver> receivers,
        List<@Valid Route> routes,
        List<@Valid InhibitRule> inhibitRules,
        @DefaultValue("3") @Min(1) int maxAttempts,
        @DefaultValue("30s") @NotNull Duration retryBackoff,
        @DefaultValue("10m") @NotNull Duration maxRetryBackoff,
        @DefaultValue("2m") @NotNull Duration lease,
        @DefaultValue("24h") @NotNull Duration resolvedRetention,
        @DefaultValue("order-hub-alerts@localhost") String emailFrom,
        @DefaultValue(AlertRunbooks.DEFAULT_DOCUMENT) String runbookUrl) {

    /**
     * The back-off between failed sends of a group (retried by later runs): exact doubling from
     * {@code retryBackoff} up to {@code maxRetryBackoff}, no jitter (one dispatcher per receiver holds the lease).
     */
    public RetryPolicy sendRetry() {
        return RetryPolicy.attempts(maxAttempts).backOff(retryBackoff, maxRetryBackoff).build();
    }

    /** The runbook link every message carries per alert. */
    public AlertRunbooks runbooks() {
        return new AlertRunbooks(runbookUrl);
    }

    public enum ReceiverType {
        EMAIL(0, 0), DINGTALK(20, 0), WECOM(20, 0), FEISHU(100, 5), WEBHOOK(0, 0);

        /** The platform's documented limits per robot; 0 = none. */
        final int perMinute;
        final int perSecond;

        ReceiverType(int perMinute, int perSecond) {
            this.perMinute = perMinute;
            this.perSecond = perSecond;
        }
    }

    /**
     * @param type          email, dingtalk, wecom, feishu or webhook
     * @param url           webhook URL; for dingtalk/wecom/feishu it holds the robot's token, so it must be an
     *                      {@code env:NAME} reference; a plain webhook may give it literally
     * @param secret        {@code env:NAME} of the signing secret (dingtalk, feishu) or bearer token (webhook)
     * @param to            e-mail recipients
     * @param from          e-mail From (default {@code oms.alert.email-from})
     * @param fallback      receiver that gets a group after {@code max-attempts} failed sends here
     * @param ratePerMinute messages per minute; absent = the platform's limit (dingtalk/wecom 20, feishu 100)
     * @param ratePerSecond messages per second; absent = the platform's limit (feishu 5)
     * @param sendResolved  send a notice when alerts resolve
     */
    public record Receiver(
            @NotNull ReceiverType type,
            String url,
            String secret,
            List<String> to,
            String from,
            String fallback,
            @Min(0) Integer ratePerMinute,
            @Min(0) Integer ratePerSecond,
            @DefaultValue("true") boolean sendResolved) {

        public Receiver {
            to = to == null ? List.of() : List.copyOf(to);
        }

        public int perMinute() {
            return ratePerMinute != null ? ratePerMinute : type.perMinute;
        }

        public int perSecond() {
            return ratePerSecond != null ? ratePerSecond : type.perSecond;
        }
    }

    /**
     * @param receiver       where matching alerts go
     * @param matchers       all must match ({@code severity=critical}, {@code channel=~"TAOBAO|JD"}); empty = all
     * @param groupBy        absent = the root's
     * @param continueMatching YAML key {@code continue}: also try the routes after this one
     */
    public record Route(
            String receiver,
            List<String> matchers,
            List<String> groupBy,
            Duration groupWait,
            Duration groupInterval,
            Duration repeatInterval,
            @Name("continue") @DefaultValue("false") boolean continueMatching) {

        public Route {
            matchers = matchers == null ? List.of() : List.copyOf(matchers);
        }
    }

    /**
     * A firing alert matching {@code sourceMatchers} mutes alerts matching {@code targetMatchers} that have the
     * same values for the {@code equal} labels (a label missing on both sides counts as equal).
     */
    public record InhibitRule(List<String> sourceMatchers, List<String> targetMatchers, List<String> equal) {

        public InhibitRule {
            sourceMatchers = sourceMatchers == null ? List.of() : List.copyOf(sourceMatchers);
            targetMatchers = targetMatchers == null ? List.of() : List.copyOf(targetMatchers);
            equal = equal == null ? List.of() : List.copyOf(equal);
        }
    }

    /** ChannelDown{channel=X} mutes SyncLag{channel=X, shop=*}: a channel outage explains every shop's lag. */
    public static final InhibitRule CHANNEL_DOWN_INHIBITS_SYNC_LAG = new InhibitRule(
            List.of("alertname=ChannelDown"), List.of("alertname=SyncLag"), List.of("channel"));

    public AlertProperties {
        groupBy = groupBy == null ? List.of("alertname") : List.copyOf(groupBy);
        receivers = receivers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(receivers));
        routes = routes == null ? List.of() : List.copyOf(routes);
        inhibitRules = inhibitRules == null ? List.of(CHANNEL_DOWN_INHIBITS_SYNC_LAG) : List.copyOf(inhibitRules);
        List<String> problems = new ArrayList<>();
        try {
            new AlertRunbooks(runbookUrl);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!receivers.isEmpty()) {
            if (defaultReceiver == null || defaultReceiver.isBlank()) {
                problems.add("oms.alert.default-receiver: required when receivers are configured (known: "
                        + receivers.keySet() + ")");
            } else if (!receivers.containsKey(defaultReceiver)) {
                problems.add("oms.alert.default-receiver: unknown receiver '" + defaultReceiver + "' (known: "
                        + receivers.keySet() + ")");
            }
        }
        problems.addAll(receiverProblems("oms.alert.receivers", receivers));
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            String prefix = "oms.alert.routes[" + i + "].";
            if (route.receiver() == null || !receivers.containsKey(route.receiver())) {
                problems.add(prefix + "receiver: unknown receiver '" + route.receiver() + "' (known: " + receivers.keySet() + ")");
            }
            checkMatchers(prefix + "matchers", route.matchers(), problems);
        }
        for (int i = 0; i < inhibitRules.size(); i++) {
            checkMatchers("oms.alert.inhibit-rules[" + i + "].source-matchers", inhibitRules.get(i).sourceMatchers(), problems);
            checkMatchers("oms.alert.inhibit-rules[" + i + "].target-matchers", inhibitRules.get(i).targetMatchers(), problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * What is wrong with receivers configured under {@code property} (this shape is reused by other features, e.g.
     * {@code oms.report.delivery.receivers}), each problem naming its property; empty when nothing is.
     */
    public static List<String> receiverProblems(String property, Map<String, Receiver> receivers) {
        List<String> problems = new ArrayList<>();
        receivers.forEach((name, receiver) -> checkReceiver(property, name, receiver, receivers, problems));
        return problems;
    }

    private static void checkReceiver(String property, String name, Receiver receiver, Map<String, Receiver> known,
            List<String> problems) {
        String prefix = property + "." + name + ".";
        if (receiver.type() == null) {
            problems.add(prefix + "type: required (email, dingtalk, wecom, feishu or webhook)");
            return;
        }
        switch (receiver.type()) {
            case EMAIL -> {
                if (receiver.to().isEmpty()) {
                    problems.add(prefix + "to: at least one address is required for an email receiver");
                }
            }
            case DINGTALK, WECOM, FEISHU -> {
                // The robot URL carries its access token / key: it is a secret like the signing secret.
                if (receiver.url() == null || !receiver.url().startsWith("env:")) {
                    problems.add(prefix + "url: must be a reference like 'env:NAME' (the robot URL holds its token)");
                }
            }
            case WEBHOOK -> {
                if (receiver.url() == null || receiver.url().isBlank()) {
                    problems.add(prefix + "url: required for a webhook receiver");
                }
            }
        }
        if (receiver.secret() != null && !receiver.secret().startsWith("env:")) {
            problems.add(prefix + "secret: must be a reference like 'env:NAME', plain secrets are not accepted");
        }
        if (receiver.fallback() != null) {
            if (!known.containsKey(receiver.fallback())) {
                problems.add(prefix + "fallback: unknown receiver '" + receiver.fallback() + "'");
            } else if (receiver.fallback().equals(name)) {
                problems.add(prefix + "fallback: a receiver cannot be its own fallback");
            }
        }
    }

    private static void checkMatchers(String property, List<String> matchers, List<String> problems) {
        for (String matcher : matchers) {
            try {
                LabelMatcher.parse(matcher);
            } catch (IllegalArgumentException e) {
                problems.add(property + ": " + e.getMessage());
            }
        }
    }

    /** Alertmanager's special group_by value: group by every label, i.e. one group per alert. */
    public static final String GROUP_BY_ALL = "...";
}
