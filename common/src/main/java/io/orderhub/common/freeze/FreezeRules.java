package io.orderhub.common.freeze;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules the write path asks, read from {@code freeze_rule} at most once per {@code oms.freeze.rules-ttl}, so a
 * sync batch normally costs no query for them at all; an edit applies within the TTL. Each re-read alerts on refused
 * rows ({@code FreezeRuleInvalid}, naming rule and field) and resolves the alerts of rows fixed or removed.
 */
public class FreezeRules {

    private final FreezeRuleStore store;
    private final FreezeAlerts alerts;
    private final Clock clock;
    private final Duration ttl;
    private FreezeRuleSet current = FreezeRuleSet.EMPTY;
    private Instant readAt;
    private Set<String> refusedNames = Set.of();

    public FreezeRules(FreezeRuleStore store, FreezeAlerts alerts, Clock clock, Duration ttl) {
        this.store = store;
        this.alerts = alerts;
        this.clock = clock;
        this.ttl = ttl;
    }

    public synchronized FreezeRuleSet current() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(ttl))) {
            reload(now);
        }
        return current;
    }

    private void reload(Instant now) {
        FreezeRuleSet read = FreezeRuleSet.of(store.enabledRows());
        Set<String> refusedNow = read.refused().stream().map(InvalidFreezeRuleException::rule)
                .collect(Collectors.toSet());
        // Posted again on every read (an alert's state is kept by fingerprint): a read whose transaction rolled
        // back does not lose it.
        read.refused().forEach(alerts::ruleRefused);
        Set<String> fixed = new HashSet<>(refusedNames);
        fixed.removeAll(refusedNow);
        fixed.forEach(alerts::ruleAccepted);
        refusedNames = refusedNow;
        current = read;
        readAt = now;
    }
}
