package io.orderhub.common.freeze;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.persistence.OrderHold;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The freeze rules' alerts through the alerting core: {@code OrderHeld} per shop (one post per shop and batch that
 * held orders, naming them; resolved when no order of the shop is held any more) and {@code FreezeRuleInvalid} per
 * refused rule (resolved when the row is fixed or disabled). Labels carry channel, shop and rule; never buyer data.
 */
public class FreezeAlerts {

    static final String ORDER_HELD = "OrderHeld";
    static final String RULE_INVALID = "FreezeRuleInvalid";
    /** How many of a batch's held orders an alert names one by one; the rest are counted. */
    static final int LISTED_ORDERS = 20;

    private final AlertSink sink;
    private final Clock clock;

    public FreezeAlerts(AlertSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /** One {@code OrderHeld} post per shop for the orders one batch held: count, rules, orders and reasons. */
    public void ordersHeld(Collection<OrderHold> holds) {
        Map<List<String>, List<OrderHold>> byShop = holds.stream().collect(Collectors.groupingBy(
                h -> List.of(h.channel().name(), h.shopId()), LinkedHashMap::new, Collectors.toList()));
        byShop.forEach((shop, held) -> sink.post(heldAlert(shop.get(0), shop.get(1), summary(shop, held),
                details(shop, held))));
    }

    /** Resolves the shop's {@code OrderHeld}: the caller has seen that no order of the shop is held any more. */
    public void shopHoldsEnded(String channel, String shopId) {
        sink.post(heldAlert(channel, shopId, "", "").resolvedAt(clock.instant()));
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

    private static String summary(List<String> shop, List<OrderHold> held) {
        Map<String, Long> perRule = held.stream()
                .collect(Collectors.groupingBy(OrderHold::rule, TreeMap::new, Collectors.counting()));
        return held.size() + (held.size() == 1 ? " order" : " orders") + " of " + shop.get(0) + " shop "
                + shop.get(1) + " held by freeze rules (" + perRule.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }

    private static String details(List<String> shop, List<OrderHold> held) {
        StringBuilder text = new StringBuilder("Held in this batch:\n");
        held.stream().limit(LISTED_ORDERS).forEach(h -> text.append(h.orderNo()).append(" - ").append(h.rule())
                .append(": ").append(h.reason()).append('\n'));
        if (held.size() > LISTED_ORDERS) {
            text.append("... and ").append(held.size() - LISTED_ORDERS).append(" more.\n");
        }
        return text.append("Every order of the shop still held: SELECT order_no, freeze_rule, freeze_reason FROM"
                + " unified_order WHERE freeze_state = 'HELD' AND channel = '").append(shop.get(0))
                .append("' AND shop_id = '").append(shop.get(1)).append("'.\nRelease or reject each: handler"
                        + " orderHoldDecision or POST /holds/{orderNo}/release|reject. The alert resolves when no"
                        + " order of the shop is held.").toString();
    }

    private Alert heldAlert(String channel, String shopId, String summary, String details) {
        return Alert.firing(ORDER_HELD, Severity.WARNING, Map.of("channel", channel, "shop", shopId), summary,
                details, List.of(), clock.instant());
    }
}
