package io.orderhub.common.freeze;

import io.orderhub.common.persistence.HeldOrder;
import io.orderhub.common.persistence.OrderAuditEntry;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.retry.RetryPolicy;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases or rejects a held order for an operator, from the {@code orderHoldDecision} handler or the HTTP API:
 * under the order's row lock, ends the hold, writes who, when, why and the rule into {@code freeze_decision} and
 * {@code order_audit}, and resolves the shop's {@code OrderHeld} alert when no order of the shop is held any more,
 * all in one transaction. A decision on an
 * order that is not held is refused, and audited when the order exists.
 */
public class FreezeHoldDecisions {

    static final int MAX_OPERATOR = 64;
    static final int MAX_REASON = 512;

    private final OrderWriter writer;
    private final FreezeRuleStore store;
    private final FreezeAlerts alerts;
    private final TransactionTemplate tx;
    private final Clock clock;

    public FreezeHoldDecisions(OrderWriter writer, FreezeRuleStore store, FreezeAlerts alerts, TransactionTemplate tx,
            Clock clock) {
        this.writer = writer;
        this.store = store;
        this.alerts = alerts;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Taken again when InnoDB picks it as a deadlock victim: its locking read of the shop's held orders can meet a
     * sync batch holding another of the shop's orders, and the operator gets an answer, not a server error.
     *
     * @throws IllegalArgumentException       a blank or over-long field, naming it
     * @throws HoldDecisionRefusedException   no such order, or it is not held
     */
    public HoldDecisionResult decide(String orderNo, HoldDecision decision, String operator, String reason) {
        requireText("orderNo", orderNo, 80);
        requireText("operator", operator, MAX_OPERATOR);
        requireText("reason", reason, MAX_REASON);
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String action = "HOLD_" + decision.name();
        HoldDecisionResult result = RetryPolicy.DEADLOCK_VICTIM.run(() -> tx.execute(status -> {
            HeldOrder order = writer.lockHeld(orderNo).orElseThrow(() -> new HoldDecisionRefusedException(
                    HoldDecisionRefusedException.Reason.NOT_FOUND, "orderNo: no order " + orderNo));
            if (!writer.endHold(order, decision.freezeState())) {
                writer.audit(audit(order, action, operator, at, "REFUSED", reason));
                return null;
            }
            store.recordOperatorDecision(orderNo, decision.freezeState(), operator, reason, at);
            writer.audit(audit(order, action, operator, at, "APPLIED", reason));
            if (!store.shopHasHeldOrders(order.channel().name(), order.shopId())) {
                alerts.shopHoldsEnded(order.channel().name(), order.shopId());
            }
            return new HoldDecisionResult(orderNo, order.freezeRule(), decision.freezeState(), operator, at);
        }));
        if (result == null) {
            throw new HoldDecisionRefusedException(HoldDecisionRefusedException.Reason.NOT_HELD,
                    "orderNo: " + orderNo + " is not held");
        }
        return result;
    }

    private static OrderAuditEntry audit(HeldOrder order, String action, String operator, LocalDateTime at,
            String outcome, String reason) {
        String evidence = "{\"rule\":" + (order.freezeRule() == null ? "null" : "\"" + order.freezeRule() + "\"")
                + ",\"freezeState\":" + (order.freezeState() == null ? "null" : "\"" + order.freezeState() + "\"")
                + "}";
        return new OrderAuditEntry(order.channel(), order.shopId(), order.platformOrderId(), action, operator, at,
                outcome, reason, evidence, order.status(), order.status());
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
    }
}
