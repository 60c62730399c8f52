package io.orderhub.sync.payment;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.OrderStatusChanges;
import io.orderhub.common.persistence.StatusChange;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place an order becomes paid because a gateway says so (notification, reconcile query or verified
 * manual evidence). Inside the caller's transaction: the order row is locked, the amount must equal what the
 * buyer owes, and only an order still awaiting payment moves (to PAID, with a status-history entry naming the
 * source, and an order event in the outbox); anything further along is left alone, so a late or repeated notice never moves an order backwards.
 */
@Component
public class OrderPayments {

    public enum Outcome { MARKED_PAID, ALREADY_PAST_PAYMENT, ORDER_NOT_FOUND, AMOUNT_MISMATCH }

    /** @param before the order's status before, when found */
    public record Result(Outcome outcome, OrderStatus before, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final OrderStatusChanges statusChanges;
    private final Clock clock;

    public OrderPayments(JdbcTemplate jdbc, OrderStatusChanges statusChanges, Clock clock) {
        this.jdbc = jdbc;
        this.statusChanges = statusChanges;
        this.clock = clock;
    }

    private record Current(String orderNo, OrderStatus status, BigDecimal paidAmount) {
    }

    /** Platform ids of a shop's orders still awaiting payment, created in {@code [createdAfter, createdBefore]}, oldest first. */
    public List<String> awaitingPayment(Channel channel, String shopId, LocalDateTime createdAfter,
            LocalDateTime createdBefore, int limit) {
        return jdbc.queryForList("SELECT platform_order_id FROM unified_order WHERE channel = ? AND shop_id = ? "
                + "AND status = 'PENDING_PAYMENT' AND created_at >= ? AND created_at <= ? ORDER BY created_at LIMIT ?",
                String.class, channel.name(), shopId, createdAfter, createdBefore,
                limit);
    }

    public Result markPaid(Channel channel, String shopId, PaymentNotice notice, StatusSource source) {
        List<Current> found = jdbc.query("SELECT order_no, status, paid_amount FROM unified_order "
                + "WHERE channel = ? AND shop_id = ? AND platform_order_id = ? FOR UPDATE",
                (rs, n) -> new Current(rs.getString(1), OrderStatus.valueOf(rs.getString(2)), rs.getBigDecimal(3)),
                channel.name(), shopId, notice.outTradeNo());
        if (found.isEmpty()) {
            return new Result(Outcome.ORDER_NOT_FOUND, null,
                    "no order " + channel + "/" + shopId + "/" + notice.outTradeNo() + " (not synced yet?)");
        }
        Current order = found.get(0);
        if (order.paidAmount().compareTo(notice.amount()) != 0) {
            return new Result(Outcome.AMOUNT_MISMATCH, order.status(), "amount " + notice.amount()
                    + " differs from the order's " + order.paidAmount() + " (order " + order.orderNo() + ")");
        }
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            return new Result(Outcome.ALREADY_PAST_PAYMENT, order.status(),
                    "order " + order.orderNo() + " is already " + order.status());
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDateTime paidAt = notice.paidAt() == null ? now : notice.paidAt().withNano(0);
        jdbc.update("UPDATE unified_order SET status = 'PAID', paid_at = COALESCE(paid_at, ?), version = version + 1, "
                + "synced_at = ? WHERE order_no = ? AND status = 'PENDING_PAYMENT'",
                paidAt, now, order.orderNo());
        statusChanges.record(new StatusChange(channel, shopId, notice.outTradeNo(), OrderStatus.PENDING_PAYMENT,
                OrderStatus.PAID, paidAt, source));
        return new Result(Outcome.MARKED_PAID, order.status(), "order " + order.orderNo() + " marked PAID by " + source);
    }
}
