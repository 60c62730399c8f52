package io.orderhub.monitor.consistency;

import io.orderhub.common.alert.Alert;
import io.orderhub.monitor.consistency.check.CheckName;
import io.orderhub.monitor.consistency.check.FindingSeverity;
import io.orderhub.monitor.watch.FiringAlerts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The summary alert {@code ConsistencyFindings} per check, shop and severity: fires while that many findings are
 * still NEW (nobody acknowledged them) at or above the severity's threshold, and resolves once they are
 * acknowledged, resolved or no longer seen. Counted from the table; under a sharding broadcast shard 0 posts them
 * (the other shards' findings of the same run count from the next run on).
 */
public class ConsistencyAlerts {

    static final String WATCHER = "consistencyCheck";
    static final String ALERT = "ConsistencyFindings";

    private final JdbcTemplate jdbc;
    private final FiringAlerts alerts;
    private final ConsistencyProperties.Alerts thresholds;
    private final Clock clock;

    public ConsistencyAlerts(JdbcTemplate jdbc, FiringAlerts alerts, ConsistencyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.thresholds = properties.alerts();
        this.clock = clock;
    }

    public FiringAlerts.Outcome reconcile(Set<CheckName> checks, ConsistencyCheckRequest request) {
        List<FiringAlerts.Scoped> firing = new ArrayList<>();
        jdbc.query("SELECT check_name, channel, shop_id, severity, COUNT(*), MIN(first_seen_at)"
                + " FROM consistency_finding WHERE state = 'NEW' GROUP BY check_name, channel, shop_id, severity",
                rs -> {
                    CheckName check = CheckName.valueOf(rs.getString(1));
                    String channel = rs.getString(2);
                    String shop = rs.getString(3);
                    FindingSeverity severity = FindingSeverity.valueOf(rs.getString(4));
                    int count = rs.getInt(5);
                    if (!checks.contains(check) || !request.scope().coversChannel(channel)
                            || count < thresholds.threshold(severity)) {
                        return;
                    }
                    firing.add(new FiringAlerts.Scoped(scope(check, channel), Alert.firing(ALERT,
                            severity.alertSeverity(), Map.of("check", check.name(), "channel", channel, "shop", shop,
                                    "severity", severity.name()),
                            channel.toLowerCase(Locale.ROOT) + " shop " + shop + ": " + count + " new " + severity
                                    + " " + check + " finding(s) not yet acknowledged (threshold "
                                    + thresholds.threshold(severity) + ")",
                            "oldest first seen " + rs.getObject(6) + " GMT+8; they are the rows of consistency_finding"
                                    + " with state NEW, check_name " + check
                                    + ", channel " + channel + ", shop_id " + shop + "; acknowledge or resolve"
                                    + " with consistencyFindingUpdate",
                            List.of(), clock.instant())));
                });
        try {
            return alerts.reconcile(WATCHER, scope -> covers(scope, checks, request), firing);
        } catch (DuplicateKeyException e) {
            // An overlapping run recorded the same new alert first; once more, it is an update of that row.
            return alerts.reconcile(WATCHER, scope -> covers(scope, checks, request), firing);
        }
    }

    private static String scope(CheckName check, String channel) {
        return check.name() + "|" + channel;
    }

    private static boolean covers(String scope, Set<CheckName> checks, ConsistencyCheckRequest request) {
        int bar = scope.indexOf('|');
        return bar > 0 && checks.stream().anyMatch(c -> c.name().equals(scope.substring(0, bar)))
                && request.scope().coversChannel(scope.substring(bar + 1));
    }
}
