package io.orderhub.sync.payment;

import io.orderhub.common.order.StatusSource;
import io.orderhub.sync.inbox.ApplyOutcome;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.InboxRow;
import io.orderhub.sync.inbox.InboxSource;
import io.orderhub.sync.inbox.MessageApplier;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Applies verified payment notifications: a "paid" notice marks its order paid (see {@link OrderPayments}); a
 * notice for an order not synced yet waits for it (its pushes may be held for days during a signature outage); an amount that differs from the order is refused (dead letter,
 * alerted), never applied.
 */
@Component
public class PaymentApplier implements MessageApplier {

    private final Map<InboxSource, PaymentNotifications> notifications = new EnumMap<>(InboxSource.class);
    private final PaymentGateways gateways;
    private final OrderPayments payments;

    public PaymentApplier(List<PaymentNotifications> notifications, PaymentGateways gateways, OrderPayments payments) {
        notifications.forEach(n -> this.notifications.put(n.source(), n));
        this.gateways = gateways;
        this.payments = payments;
    }

    @Override
    public Set<InboxSource> sources() {
        return notifications.keySet();
    }

    @Override
    public Map<Long, ApplyOutcome> apply(List<InboxRow> rows) {
        Map<Long, ApplyOutcome> outcomes = new HashMap<>();
        for (InboxRow row : rows) {
            outcomes.put(row.id(), apply(row));
        }
        return outcomes;
    }

    private ApplyOutcome apply(InboxRow row) {
        PaymentNotifications reader = notifications.get(row.source());
        Optional<PaymentGateway> gateway = gateways.find(row.gateway(), reader.gatewayType());
        if (gateway.isEmpty()) {
            return ApplyOutcome.retryLater(InboxReason.UNKNOWN_GATEWAY, "gateway '" + row.gateway() + "' is no longer configured");
        }
        PaymentNotice notice;
        try {
            notice = reader.notice(row, gateway.get());
        } catch (GatewayConfigurationException e) {
            return ApplyOutcome.retryLater(InboxReason.CONFIGURATION, e.getMessage());
        } catch (RuntimeException e) {
            return ApplyOutcome.refused(InboxReason.MALFORMED, e.getMessage());
        }
        if (!notice.paid()) {
            return ApplyOutcome.applied("trade status " + notice.tradeStatus() + " changes nothing");
        }
        OrderPayments.Result result = payments.markPaid(gateway.get().channel(), gateway.get().shopId(), notice,
                StatusSource.CALLBACK);
        return switch (result.outcome()) {
            case MARKED_PAID, ALREADY_PAST_PAYMENT -> ApplyOutcome.applied(result.detail());
            case ORDER_NOT_FOUND -> ApplyOutcome.awaitOrder(notice.outTradeNo(), result.detail());
            case AMOUNT_MISMATCH -> ApplyOutcome.refused(InboxReason.AMOUNT_MISMATCH, result.detail());
        };
    }
}
