package io.orderhub.sync.engine;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.alert.Severity;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A shop whose access token the platform refuses waits for a person: the seller must authorise our app again in
 * the platform's seller centre. This posts "re-authorise CHANNEL/shop" to the alerting core when a run fails that
 * way, and resolves it on the shop's first good run after one that failed so.
 */
@Component
public class ShopReauthorisationAlerts {

    static final String ALERT_NAME = "ShopReauthorisationNeeded";
    static final String TOKEN_EXPIRED = "TOKEN_EXPIRED";

    private final AlertSink alerts;
    private final SyncRunMapper runs;
    private final Clock clock;

    public ShopReauthorisationAlerts(AlertSink alerts, SyncRunMapper runs, Clock clock) {
        this.alerts = alerts;
        this.runs = runs;
        this.clock = clock;
    }

    /** Call with a shop's finished run before it is recorded in {@code sync_run}. */
    public void observe(String channel, String shopId, ShopSyncReport report) {
        if (TOKEN_EXPIRED.equals(report.failureReason())) {
            alerts.post(alert(channel, shopId));
        } else if (report.outcome() == ShopSyncReport.Outcome.SUCCEEDED
                && TOKEN_EXPIRED.equals(runs.lastFailureReason(channel, shopId))) {
            alerts.post(alert(channel, shopId).resolvedAt(clock.instant()));
        }
    }

    private Alert alert(String channel, String shopId) {
        return Alert.firing(ALERT_NAME, Severity.CRITICAL, Map.of("channel", channel, "shop", shopId),
                "re-authorise " + channel + "/" + shopId,
                "The platform refuses the shop's access token (expired or revoked). Its orders are not synced until "
                        + "the seller authorises the app again and the new token is configured for the shop.",
                List.of(), clock.instant());
    }
}
