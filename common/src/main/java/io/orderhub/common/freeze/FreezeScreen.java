package io.orderhub.common.freeze;

import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderHold;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.common.persistence.PaidOrderScreen;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The freeze rules as the write path's {@link PaidOrderScreen}. With no enabled rule a batch costs no query; with
 * rules it costs one insert of the batch's decisions when something matched, plus one read of the batch's buyers
 * (every shop at once) when a first-order rule could match, plus one {@code OrderHeld} alert post per shop whose
 * orders the batch held: never a statement per order. Every match is recorded in {@code freeze_decision} (dry run too); the first
 * live match per order becomes the hold.
 */
public class FreezeScreen implements PaidOrderScreen {

    private final FreezeRules rules;
    private final FreezeRuleStore store;
    private final OrderReader reader;
    private final FreezeAlerts alerts;
    private final Clock clock;

    public FreezeScreen(FreezeRules rules, FreezeRuleStore store, OrderReader reader, FreezeAlerts alerts,
            Clock clock) {
        this.rules = rules;
        this.store = store;
        this.reader = reader;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public List<OrderHold> screen(List<UnifiedOrder> enteredPaid, StatusSource source) {
        List<FreezeRule> active = rules.current().rules();
        if (active.isEmpty() || enteredPaid.isEmpty()) {
            return List.of();
        }
        Set<String> firstOrders = firstOrders(enteredPaid, active);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<FreezeDecision> decisions = new ArrayList<>();
        List<OrderHold> holds = new ArrayList<>();
        for (UnifiedOrder order : enteredPaid) {
            boolean held = false;
            for (FreezeRule rule : active) {
                Optional<String> reason = rule.reasonToHold(order, firstOrders.contains(order.orderNo()));
                if (reason.isEmpty()) {
                    continue;
                }
                decisions.add(new FreezeDecision(order.orderNo(), order.channel().name(), order.shopId(), rule.name(),
                        reason.get(), rule.dryRun(), source, now));
                if (!rule.dryRun() && !held) {
                    holds.add(new OrderHold(order.channel(), order.shopId(), order.platformOrderId(), rule.name(),
                            reason.get()));
                    held = true;
                }
            }
        }
        store.insertDecisions(decisions);
        return holds;
    }

    @Override
    public List<OrderHold> screenStored(String orderNo, StatusSource source) {
        if (rules.current().rules().isEmpty()) {
            return List.of();
        }
        return screen(List.copyOf(reader.load(List.of(orderNo)).values()), source);
    }

    @Override
    public void held(Collection<OrderHold> newlyHeld, StatusSource source) {
        alerts.ordersHeld(newlyHeld);
    }

    /**
     * Order numbers of the batch that are their buyer's first order in the shop, asked only where a rule cares. A
     * buyer with two candidates in the batch is a repeat buyer without asking (both orders are stored by now); the
     * others are asked in one statement for every shop of the batch.
     */
    private Set<String> firstOrders(List<UnifiedOrder> orders, List<FreezeRule> active) {
        List<FreezeRule> firstOrderRules = active.stream()
                .filter(r -> r.kind() == FreezeRuleKind.FIRST_ORDER_AMOUNT_ABOVE).toList();
        if (firstOrderRules.isEmpty()) {
            return Set.of();
        }
        Map<ShopBuyer, String> onlyCandidate = new HashMap<>();
        Set<ShopBuyer> twiceInBatch = new HashSet<>();
        for (UnifiedOrder order : orders) {
            if (firstOrderRules.stream().anyMatch(r -> r.asksForFirstOrder(order))) {
                ShopBuyer buyer = new ShopBuyer(order.channel().name(), order.shopId(), order.buyerRefMasked());
                if (onlyCandidate.putIfAbsent(buyer, order.orderNo()) != null) {
                    twiceInBatch.add(buyer);
                }
            }
        }
        onlyCandidate.keySet().removeAll(twiceInBatch);
        Set<ShopBuyer> repeatBuyers = store.repeatBuyers(onlyCandidate.keySet());
        Set<String> first = new HashSet<>();
        onlyCandidate.forEach((buyer, orderNo) -> {
            if (!repeatBuyers.contains(buyer)) {
                first.add(orderNo);
            }
        });
        return first;
    }
}
