package io.orderhub.common.freeze;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.persistence.OrderHold;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The freeze rules' alerts through the alerting core: {@code OrderHeld} per held order (resolved when an operator
 * releases or rejects it) and {@code FreezeRuleInvalid} per refused rule (resolved when the row is fixed or
 * disabled). Labels carry order number, shop and rule; never buyer data.
 */
public class FreezeAlerts {

    static final String ORDER_HELD = "OrderHeld";
    static final String RULE_INVALID = "FreezeRuleInvalid";

    private final AlertSink sink;
    private final Clock clock;

    public FreezeAlerts(AlertSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    public void orderHeld(OrderHold hold) {
        sink.post(heldAlert(hold.channel().name(), hold.shopId(), hold.orderNo(), hold.rule(),
                "Order " + hold.orderNo() + " held by freeze rule " + hold.rule() + ": " + hold.reason(),
                "Release or reject it: handler orderHoldDecision or POST /holds/" + hold.orderNo()
                        + "/release|reject."));
    }

    public void holdEnded(String channel, String shopId, String orderNo, String rule) {
        sink.post(heldAlert(channel, shopId, orderNo, rule, "", "").resolvedAt(clock.instant()));
    }

    void ruleRefused(InvalidFreezeRuleException refused) {
        sink.post(Alert.firing(RULE_INVALID, Severity.WARNING, Map.of("rule", refused.rule()),
                "Freeze rule " + refused.rule() + " is off: " + refused.field() + " is invalid",
                refused.getMessage() + ". The other rules still apply; fix or disable the row in freeze_rule.",
                List.of(), clock.instant()));
    }

    void ruleAccepted(String rule) {
        sink.post(Alert.firing(RULE_INVALID, Severity.WARNING, Map.of("rule", rule), "", "", List.of(),
                clock.instant()).resolvedAt(clock.instant()));
    }

    private Alert heldAlert(String channel, String shopId, String orderNo, String rule, String summary,
            String details) {
        return Alert.firing(ORDER_HELD, Severity.WARNING, Map.of("channel", channel, "shop", shopId,
                "order_no", orderNo, "rule", rule), summary, details, List.of(), clock.instant());
    }
}
