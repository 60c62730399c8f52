package io.orderhub.common.persistence;

import static io.orderhub.common.testing.OrderFixtures.T0;
import static io.orderhub.common.testing.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.OrderTimes;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.testapp.TestApplication;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment transition, a repair's whole-order refund and the operators' audit of the write path
 * ({@link OrderWriter#lockForPayment}, {@link OrderWriter#markPaid}, {@link OrderWriter#markRefunded},
 * {@link OrderWriter#audit}) and the read of orders awaiting payment, run against each
 * database we support, with order events on.
 */
@SpringBootTest(classes = TestApplication.class, properties = "oms.events.enabled=true")
abstract class OrderPaymentWritesContract {

    @Autowired
    OrderWriter writer;
    @Autowired
    OrderReader reader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private static String uniqueId() {
        return UUID.randomUUID().toString().substring(0, 18);
    }

    /** An order the buyer has not paid yet: no paid time. */
    private static UnifiedOrder awaitingPayment(String shopId, String platformOrderId, LocalDateTime created) {
        UnifiedOrder o = order(Channel.TAOBAO, shopId, platformOrderId, OrderStatus.PENDING_PAYMENT, created);
        return new UnifiedOrder(o.channel(), o.shopId(), o.platformOrderId(), o.status(), "WAIT_BUYER_PAY",
                o.refundState(), o.onHold(), o.amounts(), new OrderTimes(created, null, created, null, null, null),
                o.presale(), o.presaleDeliveryDate(), o.crossBorder(), o.buyerRefMasked(), o.lines(), o.marketing());
    }

    private void store(UnifiedOrder order) {
        tx.executeWithoutResult(status -> writer.write(List.of(order), StatusSource.PULL));
    }

    private boolean pay(UnifiedOrder order, LocalDateTime paidAt) {
        return tx.execute(status -> writer.markPaid(
                writer.lockForPayment(order.channel(), order.shopId(), order.platformOrderId()).orElseThrow(),
                paidAt, StatusSource.RECONCILE));
    }

    private Map<String, Object> header(String orderNo) {
        return jdbc.queryForMap("SELECT status, paid_at, version FROM unified_order WHERE order_no = ?", orderNo);
    }

    private List<String> history(String orderNo) {
        return jdbc.queryForList("SELECT CONCAT(COALESCE(from_status, '-'), '>', to_status, ' ', source)"
                + " FROM order_status_history WHERE order_no = ? ORDER BY id", String.class, orderNo);
    }

    private List<String> events(String orderNo) {
        return jdbc.queryForList("SELECT CONCAT(COALESCE(status_before, '-'), '>', status_after, ' ', source)"
                + " FROM order_event_outbox WHERE order_no = ? ORDER BY id", String.class, orderNo);
    }

    @Test
    void lockedOrderCarriesItsStatusAndTheAmountOwed() {
        UnifiedOrder order = awaitingPayment("shop-1", uniqueId(), T0);
        store(order);

        LockedOrder locked = tx.execute(status -> writer.lockForPayment(Channel.TAOBAO, "shop-1",
                order.platformOrderId()).orElseThrow());

        assertThat(locked).isEqualTo(new LockedOrder(Channel.TAOBAO, "shop-1", order.platformOrderId(),
                order.orderNo(), OrderStatus.PENDING_PAYMENT, new BigDecimal("189.00")));
    }

    @Test
    void lockingAnOrderThatWasNeverStoredFindsNone() {
        Optional<LockedOrder> locked = tx.execute(status -> writer.lockForPayment(Channel.TAOBAO, "shop-1",
                uniqueId()));

        assertThat(locked).isEmpty();
    }

    @Test
    void paymentMovesAnOrderAwaitingPaymentToPaidWithHistoryAndEvent() {
        UnifiedOrder order = awaitingPayment("shop-1", uniqueId(), T0);
        store(order);

        boolean paid = pay(order, T0.plusMinutes(7).withNano(123_000_000));

        assertThat(paid).isTrue();
        Map<String, Object> header = header(order.orderNo());
        assertThat(header.get("status")).isEqualTo("PAID");
        assertThat(jdbc.queryForObject("SELECT paid_at FROM unified_order WHERE order_no = ?", LocalDateTime.class,
                order.orderNo())).isEqualTo(T0.plusMinutes(7));
        assertThat(((Number) header.get("version")).intValue()).isEqualTo(2);
        assertThat(history(order.orderNo())).containsExactly("->PENDING_PAYMENT PULL", "PENDING_PAYMENT>PAID RECONCILE");
        assertThat(events(order.orderNo())).containsExactly("->PENDING_PAYMENT PULL", "PENDING_PAYMENT>PAID RECONCILE");
    }

    @Test
    void paymentKeepsAPaidTimeAlreadyStored() {
        UnifiedOrder order = order(Channel.TAOBAO, "shop-1", uniqueId(), OrderStatus.PENDING_PAYMENT, T0);
        store(order);

        pay(order, T0.plusHours(3));

        assertThat(jdbc.queryForObject("SELECT paid_at FROM unified_order WHERE order_no = ?", LocalDateTime.class,
                order.orderNo())).isEqualTo(order.times().paid());
    }

    @Test
    void paymentWithoutAPaidTimeTakesNow() {
        UnifiedOrder order = awaitingPayment("shop-1", uniqueId(), T0);
        store(order);

        pay(order, null);

        assertThat(jdbc.queryForObject("SELECT paid_at FROM unified_order WHERE order_no = ?", LocalDateTime.class,
                order.orderNo())).isNotNull();
    }

    @Test
    void paymentNeverMovesAnOrderPastPaymentBackwards() {
        UnifiedOrder shipped = order(Channel.TAOBAO, "shop-1", uniqueId(), OrderStatus.SHIPPED, T0.plusHours(5));
        store(shipped);

        boolean paid = pay(shipped, T0.plusMinutes(7));

        assertThat(paid).isFalse();
        assertThat(header(shipped.orderNo()).get("status")).isEqualTo("SHIPPED");
        assertThat(((Number) header(shipped.orderNo()).get("version")).intValue()).isEqualTo(1);
        assertThat(history(shipped.orderNo())).containsExactly("->SHIPPED PULL");
        assertThat(events(shipped.orderNo())).containsExactly("->SHIPPED PULL");
    }

    @Test
    void aRolledBackPaymentLeavesTheOrderAwaitingPaymentWithoutHistoryOrEvent() {
        UnifiedOrder order = awaitingPayment("shop-1", uniqueId(), T0);
        store(order);

        tx.executeWithoutResult(status -> {
            writer.markPaid(writer.lockForPayment(Channel.TAOBAO, "shop-1", order.platformOrderId()).orElseThrow(),
                    T0.plusMinutes(7), StatusSource.CALLBACK);
            status.setRollbackOnly();
        });

        assertThat(header(order.orderNo()).get("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(history(order.orderNo())).containsExactly("->PENDING_PAYMENT PULL");
        assertThat(events(order.orderNo())).containsExactly("->PENDING_PAYMENT PULL");
    }

    @Test
    void markingPaidOutsideATransactionIsRefusedAndChangesNothing() {
        UnifiedOrder order = awaitingPayment("shop-1", uniqueId(), T0);
        store(order);
        LockedOrder locked = tx.execute(status -> writer.lockForPayment(Channel.TAOBAO, "shop-1",
                order.platformOrderId()).orElseThrow());

        assertThatThrownBy(() -> writer.markPaid(locked, T0, StatusSource.MANUAL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside the transaction");
        assertThat(header(order.orderNo()).get("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(history(order.orderNo())).containsExactly("->PENDING_PAYMENT PULL");
    }

    @Test
    void awaitingPaymentListsTheShopsUnpaidOrdersCreatedInTheWindowOldestFirst() {
        String shop = uniqueId();
        UnifiedOrder second = awaitingPayment(shop, uniqueId(), T0.plusMinutes(20));
        UnifiedOrder first = awaitingPayment(shop, uniqueId(), T0.plusMinutes(10));
        UnifiedOrder third = awaitingPayment(shop, uniqueId(), T0.plusMinutes(30));
        UnifiedOrder tooLate = awaitingPayment(shop, uniqueId(), T0.plusMinutes(50));
        UnifiedOrder alreadyPaid = order(Channel.TAOBAO, shop, uniqueId(), OrderStatus.PAID, T0.plusMinutes(15));
        UnifiedOrder otherShop = awaitingPayment(uniqueId(), uniqueId(), T0.plusMinutes(15));
        for (UnifiedOrder o : List.of(second, first, third, tooLate, alreadyPaid, otherShop)) {
            store(o);
        }

        assertThat(reader.awaitingPayment(Channel.TAOBAO, shop, T0.plusMinutes(10), T0.plusMinutes(40), 10))
                .containsExactly(first.platformOrderId(), second.platformOrderId(), third.platformOrderId());
        assertThat(reader.awaitingPayment(Channel.TAOBAO, shop, T0, T0.plusMinutes(40), 2))
                .containsExactly(first.platformOrderId(), second.platformOrderId());
    }

    private boolean refund(UnifiedOrder order) {
        return tx.execute(status -> writer.markRefunded(
                writer.lockForPayment(order.channel(), order.shopId(), order.platformOrderId()).orElseThrow(),
                StatusSource.RECONCILE));
    }

    @Test
    void markingRefundedRecordsHistoryAndEventOnceAndKeepsTheStatus() {
        UnifiedOrder order = order(Channel.JD, "shop-1", uniqueId(), OrderStatus.COMPLETED, T0);
        store(order);

        boolean first = refund(order);
        boolean again = refund(order);

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(jdbc.queryForMap("SELECT status, refund_state, version FROM unified_order WHERE order_no = ?",
                order.orderNo())).containsEntry("status", "COMPLETED").containsEntry("refund_state", "REFUNDED");
        assertThat(jdbc.queryForList("SELECT DISTINCT refund_state FROM order_line WHERE order_no = ?", String.class,
                order.orderNo())).containsExactly("REFUNDED");
        assertThat(history(order.orderNo())).containsExactly("->COMPLETED PULL", "COMPLETED>REFUNDED RECONCILE");
        assertThat(events(order.orderNo())).containsExactly("->COMPLETED PULL", "COMPLETED>REFUNDED RECONCILE");
        assertThat(jdbc.queryForObject("SELECT channel FROM order_event_outbox WHERE order_no = ? AND status_after"
                + " = 'REFUNDED'", String.class, order.orderNo())).isEqualTo("JD");
    }

    @Test
    void aRolledBackRefundLeavesNeitherRefundNorHistoryNorEvent() {
        UnifiedOrder order = order(Channel.TAOBAO, "shop-1", uniqueId(), OrderStatus.SHIPPED, T0);
        store(order);

        tx.executeWithoutResult(status -> {
            writer.markRefunded(writer.lockForPayment(Channel.TAOBAO, "shop-1", order.platformOrderId())
                    .orElseThrow(), StatusSource.RECONCILE);
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("SELECT refund_state FROM unified_order WHERE order_no = ?", String.class,
                order.orderNo())).isEqualTo("NONE");
        assertThat(history(order.orderNo())).containsExactly("->SHIPPED PULL");
        assertThat(events(order.orderNo())).containsExactly("->SHIPPED PULL");
    }

    @Test
    void auditEntryIsStoredAsGiven() {
        String platformOrderId = uniqueId();
        LocalDateTime at = T0.plusMinutes(9).withNano(250_000_000);

        tx.executeWithoutResult(status -> writer.audit(new OrderAuditEntry(Channel.JD, "shop-9", platformOrderId,
                "MARK_PAID", "li.wei", at, "REFUSED", "amount differs", "{\"note\":\"receipt\"}", "PENDING_PAYMENT",
                null)));

        Map<String, Object> row = jdbc.queryForMap("SELECT channel, shop_id, action, operator, outcome, reason,"
                + " status_before, status_after FROM order_audit WHERE platform_order_id = ?",
                platformOrderId);
        assertThat(row).containsEntry("channel", "JD").containsEntry("shop_id", "shop-9")
                .containsEntry("action", "MARK_PAID").containsEntry("operator", "li.wei")
                .containsEntry("outcome", "REFUSED").containsEntry("reason", "amount differs")
                .containsEntry("status_before", "PENDING_PAYMENT").containsEntry("status_after", null);
        assertThat(jdbc.queryForObject("SELECT evidence FROM order_audit WHERE platform_order_id = ?", String.class,
                platformOrderId)).isEqualTo("{\"note\":\"receipt\"}");
        assertThat(jdbc.queryForObject("SELECT at FROM order_audit WHERE platform_order_id = ?", LocalDateTime.class,
                platformOrderId)).isEqualTo(at);
    }
}
