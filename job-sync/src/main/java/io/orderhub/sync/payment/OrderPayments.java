package io.orderhub.sync.payment;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.LockedOrder;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.common.persistence.OrderWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one place an order becomes paid because a gateway says so (notification, reconcile query or verified
 * manual evidence). Inside the caller's transaction: the order row is locked, the amount must equal what the
 * buyer owes, and only an order still awaiting payment moves (to PAID, with a status-history entry naming the
 * source, and an order event in the outbox, both through {@link OrderWriter}); anything further along is left alone,
 * so a late or repeated notice never moves an order backwards.
 */
@Component
public class OrderPayments {

    public enum Outcome { MARKED_PAID, ALREADY_PAST_PAYMENT, ORDER_NOT_FOUND, AMOUNT_MISMATCH }

    /** @param before the order's status before, when found */
    public record Result(Outcome outcome, OrderStatus before, String detail) {
    }

    private final OrderWriter writer;
    private final OrderReader reader;

    public OrderPayments(OrderWriter writer, OrderReader reader) {
        this.writer = writer;
        this.reader = reader;
    }

    /** Platform ids of a shop's orders still awaiting payment, created in {@code [createdAfter, createdBefore]}, oldest first. */
    public List<String> awaitingPayment(Channel channel, String shopId, LocalDateTime createdAfter,
            LocalDateTime createdBefore, int limit) {
        return reader.awaitingPayment(channel, shopId, createdAfter, createdBefore, limit);
    }

    public Result markPaid(Channel channel, String shopId, PaymentNotice notice, StatusSource source) {
        Optional<LockedOrder> found = writer.lockForPayment(channel, shopId, notice.outTradeNo());
        if (found.isEmpty()) {
            return new Result(Outcome.ORDER_NOT_FOUND, null,
                    "no order " + channel + "/" + shopId + "/" + notice.outTradeNo() + " (not synced yet?)");
        }
        LockedOrder order = found.get();
        if (order.paidAmount().compareTo(notice.amount()) != 0) {
            return new Result(Outcome.AMOUNT_MISMATCH, order.status(), "amount " + notice.amount()
                    + " differs from the order's " + order.paidAmount() + " (order " + order.orderNo() + ")");
        }
        if (order.status() != OrderStatus.PENDING_PAYMENT || !writer.markPaid(order, notice.paidAt(), source)) {
            return new Result(Outcome.ALREADY_PAST_PAYMENT, order.status(),
                    "order " + order.orderNo() + " is already " + order.status());
        }
        return new Result(Outcome.MARKED_PAID, order.status(), "order " + order.orderNo() + " marked PAID by " + source);
    }
}
