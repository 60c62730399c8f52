package io.orderhub.common.persistence;

import static io.orderhub.common.testing.OrderFixtures.T0;
import static io.orderhub.common.testing.OrderFixtures.paidOrder;
import static io.orderhub.common.testing.OrderFixtures.withStatus;
import static io.orderhub.common.testing.OrderFixtures.withTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.FundedBy;
import io.orderhub.common.order.MarketingLine;
import io.orderhub.common.order.MarketingType;
import io.orderhub.common.order.OrderAmounts;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.testapp.TestApplication;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The writer's guarantees, run against each database we support (migrations included), with order events on. */
@SpringBootTest(classes = TestApplication.class, properties = "oms.events.enabled=true")
abstract class OrderWriterContract {

    @Autowired
    OrderWriter writer;
    @Autowired
    OrderReader reader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrderStatusChanges statusChanges;

    private String uniqueId() {
        return UUID.randomUUID().toString().substring(0, 18);
    }

    private OrderWriteResult write(List<UnifiedOrder> orders) {
        return tx.execute(status -> writer.write(orders, StatusSource.PULL));
    }

    @Test
    void upsertOfTheSameOrderTwiceLeavesOneRow() {
        UnifiedOrder order = paidOrder(uniqueId());

        OrderWriteResult first = write(List.of(order));
        OrderWriteResult second = write(List.of(order));

        assertThat(first).isEqualTo(new OrderWriteResult(1, 0, 0, 1));
        assertThat(second).isEqualTo(new OrderWriteResult(0, 0, 1, 0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE order_no = ?", Integer.class,
                order.orderNo())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_line WHERE order_no = ?", Integer.class,
                order.orderNo())).isEqualTo(2);
    }

    @Test
    void storedOrderReadsBackFieldForField() {
        UnifiedOrder order = paidOrder(uniqueId());

        write(List.of(order));

        assertThat(reader.load(List.of(order.orderNo()))).containsEntry(order.orderNo(), order);
    }

    @Test
    void remarkMemoAndRegionReadBackAndFollowTheNewestVersionOnly() {
        UnifiedOrder paid = withTexts(paidOrder(uniqueId()), new OrderTexts("周末不在家，请放快递柜🙏", null,
                "浙江省 杭州市 西湖区 文新街道"));
        UnifiedOrder memoAdded = withTexts(withStatus(paid, OrderStatus.PAID, T0.plusHours(1)),
                new OrderTexts(paid.texts().buyerRemark(), "已电话确认，改发顺丰", paid.texts().receiverRegion()));

        write(List.of(paid));
        assertThat(reader.load(List.of(paid.orderNo()))).containsEntry(paid.orderNo(), paid);
        write(List.of(memoAdded));
        write(List.of(withTexts(paid, OrderTexts.NONE)));

        assertThat(reader.load(List.of(paid.orderNo())).get(paid.orderNo()).texts()).isEqualTo(memoAdded.texts());
    }

    @Test
    void olderVersionNeverMovesAnOrderBackwards() {
        UnifiedOrder paid = paidOrder(uniqueId());
        UnifiedOrder shipped = withStatus(paid, OrderStatus.SHIPPED, T0.plusHours(5));

        write(List.of(shipped));
        OrderWriteResult stale = write(List.of(paid));

        assertThat(stale.unchanged()).isEqualTo(1);
        assertThat(reader.load(List.of(paid.orderNo())).get(paid.orderNo()).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(jdbc.queryForObject("SELECT version FROM unified_order WHERE order_no = ?", Integer.class,
                paid.orderNo())).isEqualTo(1);
    }

    @Test
    void newerVersionUpdatesAndRecordsTheStatusTransition() {
        UnifiedOrder paid = paidOrder(uniqueId());
        write(List.of(paid));

        OrderWriteResult result = write(List.of(withStatus(paid, OrderStatus.SHIPPED, T0.plusHours(5))));

        assertThat(result).isEqualTo(new OrderWriteResult(0, 1, 0, 1));
        List<String> transitions = jdbc.queryForList(
                "SELECT CONCAT(COALESCE(from_status, '-'), '>', to_status) FROM order_status_history "
                        + "WHERE order_no = ? ORDER BY id", String.class, paid.orderNo());
        assertThat(transitions).containsExactly("->PAID", "PAID>SHIPPED");
        assertThat(jdbc.queryForObject("SELECT version FROM unified_order WHERE order_no = ?", Integer.class,
                paid.orderNo())).isEqualTo(2);
    }

    @Test
    void oneBatchInsertsItsNewOrdersAndGuardsItsStoredOnes() {
        UnifiedOrder stale = paidOrder(uniqueId());
        UnifiedOrder shipped = withStatus(stale, OrderStatus.SHIPPED, T0.plusHours(5));
        UnifiedOrder replaced = paidOrder(uniqueId());
        UnifiedOrder replacing = withTexts(withStatus(replaced, OrderStatus.SHIPPED, T0.plusHours(2)),
                new OrderTexts(null, "改发顺丰", null));
        UnifiedOrder fresh = withTexts(paidOrder(uniqueId()), new OrderTexts("放门口", null, "浙江省 杭州市"));
        write(List.of(shipped, replaced));

        OrderWriteResult result = write(List.of(stale, replacing, fresh));

        assertThat(result).isEqualTo(new OrderWriteResult(1, 1, 1, 2));
        assertThat(reader.load(List.of(stale.orderNo(), replaced.orderNo(), fresh.orderNo())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(stale.orderNo(), shipped, replaced.orderNo(), replacing,
                        fresh.orderNo(), fresh));
        assertThat(List.of(version(stale), version(replaced), version(fresh))).containsExactly(1, 2, 1);
    }

    private int version(UnifiedOrder order) {
        return jdbc.queryForObject("SELECT version FROM unified_order WHERE order_no = ?", Integer.class,
                order.orderNo());
    }

    /** A mapping fix: the platform's order did not change (same modified time), its stored reading was wrong. */
    private static UnifiedOrder remapped(UnifiedOrder order) {
        OrderLine first = order.lines().get(0);
        OrderLine twoPieces = new OrderLine(first.sku(), first.platformSku(), first.title(), 2, first.unit(),
                new BigDecimal("99.50"), first.discountShare(), first.gift(), RefundState.NONE, first.batchNo());
        return new UnifiedOrder(order.channel(), order.shopId(), order.platformOrderId(), order.status(),
                order.platformStatus(), order.refundState(), order.onHold(),
                new OrderAmounts(new BigDecimal("199.00"), new BigDecimal("19.00"), new BigDecimal("10.00"),
                        BigDecimal.ZERO, new BigDecimal("190.00"), "CNY"), order.times(),
                order.presale(), order.presaleDeliveryDate(), order.crossBorder(), order.buyerRefMasked(),
                List.of(twoPieces, order.lines().get(1)), List.of(new MarketingLine(MarketingType.SHOP_COUPON,
                        FundedBy.SHOP, "满199减19", new BigDecimal("19.00"))));
    }

    @Test
    void rewriteRepairsAnOrderWhoseModifiedTimeDidNotChange() {
        UnifiedOrder stored = paidOrder(uniqueId());
        write(List.of(stored));
        UnifiedOrder corrected = remapped(stored);

        OrderWriteResult plain = write(List.of(corrected));
        OrderWriteResult rewritten = tx.execute(status -> writer.rewrite(List.of(corrected), StatusSource.PULL));

        assertThat(plain.unchanged()).isEqualTo(1);
        assertThat(rewritten).isEqualTo(new OrderWriteResult(0, 1, 0, 0));
        assertThat(reader.load(List.of(stored.orderNo()))).containsEntry(stored.orderNo(), corrected);
    }

    @Test
    void rewriteNeverWritesAnOlderVersion() {
        UnifiedOrder paid = paidOrder(uniqueId());
        write(List.of(withStatus(paid, OrderStatus.SHIPPED, T0.plusHours(5))));

        OrderWriteResult stale = tx.execute(status -> writer.rewrite(List.of(remapped(paid)), StatusSource.PULL));

        assertThat(stale.unchanged()).isEqualTo(1);
        assertThat(reader.load(List.of(paid.orderNo())).get(paid.orderNo()).status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void duplicateWithinOneBatchKeepsTheNewest() {
        UnifiedOrder paid = paidOrder(uniqueId());
        UnifiedOrder shipped = withStatus(paid, OrderStatus.SHIPPED, T0.plusHours(5));

        OrderWriteResult result = write(List.of(shipped, paid));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(reader.load(List.of(paid.orderNo())).get(paid.orderNo()).status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void batchesLargerThanOneChunkAreWrittenCompletely() {
        List<UnifiedOrder> orders = new ArrayList<>();
        for (int i = 0; i < OrderWriter.CHUNK * 2 + 7; i++) {
            orders.add(paidOrder(uniqueId()));
        }

        OrderWriteResult result = write(orders);

        assertThat(result.inserted()).isEqualTo(orders.size());
        assertThat(reader.load(orders.stream().map(UnifiedOrder::orderNo).toList())).hasSize(orders.size());
    }

    @Test
    void updatingMoreOrdersThanOneKeySliceReplacesTheLinesOfEveryOrder() {
        List<UnifiedOrder> paid = new ArrayList<>();
        List<UnifiedOrder> shipped = new ArrayList<>();
        for (int i = 0; i < OrderTableStatements.CHILD_KEYS_PER_STATEMENT * 2 + 5; i++) {
            UnifiedOrder order = paidOrder(uniqueId());
            paid.add(order);
            shipped.add(withStatus(order, OrderStatus.SHIPPED, T0.plusHours(5)));
        }
        write(paid);

        OrderWriteResult result = write(shipped);

        assertThat(result.updated()).isEqualTo(shipped.size());
        List<String> orderNos = shipped.stream().map(UnifiedOrder::orderNo).toList();
        assertThat(reader.load(orderNos).values()).containsExactlyInAnyOrderElementsOf(shipped);
    }

    // --- order events: one outbox row per recorded status change, in the same transaction ---

    private List<Map<String, Object>> events(String orderNo) {
        return jdbc.queryForList("SELECT event_id, channel, shop_id, platform_order_id, order_no, status_before,"
                + " status_after, source, occurred_at, payload, published_at, attempts FROM order_event_outbox"
                + " WHERE order_no = ? ORDER BY id", orderNo);
    }

    private java.time.LocalDateTime occurredAt(String eventId) {
        return jdbc.queryForObject("SELECT occurred_at FROM order_event_outbox WHERE event_id = ?",
                java.time.LocalDateTime.class, eventId);
    }

    private int historyCount(String orderNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM order_status_history WHERE order_no = ?", Integer.class,
                orderNo);
    }

    @Test
    void newOrderRecordsOneEventWithoutStatusBefore() {
        UnifiedOrder order = paidOrder(uniqueId());

        write(List.of(order));

        List<Map<String, Object>> events = events(order.orderNo());
        assertThat(events).hasSize(1);
        Map<String, Object> event = events.get(0);
        assertThat(event.get("channel")).isEqualTo("TAOBAO");
        assertThat(event.get("shop_id")).isEqualTo("shop-1");
        assertThat(event.get("platform_order_id")).isEqualTo(order.platformOrderId());
        assertThat(event.get("status_before")).isNull();
        assertThat(event.get("status_after")).isEqualTo("PAID");
        assertThat(event.get("source")).isEqualTo("PULL");
        assertThat(event.get("published_at")).isNull();
        assertThat(((Number) event.get("attempts")).intValue()).isZero();
        String eventId = (String) event.get("event_id");
        assertThat(UUID.fromString(eventId).toString()).isEqualTo(eventId);
        assertThat(event.get("payload")).as("rendered when published").isNull();
        assertThat(OrderEventPayload.render(42, eventId, order.orderNo(), "TAOBAO", "shop-1", order.platformOrderId(),
                null, "PAID", "PULL", occurredAt(eventId), T0)).contains(
                "\"eventId\":\"" + eventId + "\"", "\"type\":\"order.status_changed\"",
                "\"orderNo\":\"" + order.orderNo() + "\"", "\"sequence\":42", "\"statusBefore\":null", "\"statusAfter\":\"PAID\"",
                "\"source\":\"PULL\"", "\"occurredAt\":\"2026-11-11T00:15:00+08:00\"",
                "\"recordedAt\":\"2026-11-11T00:05:00+08:00\"");
    }

    @Test
    void unchangedReplayRecordsNoEvent() {
        UnifiedOrder order = paidOrder(uniqueId());
        write(List.of(order));

        write(List.of(order));

        assertThat(events(order.orderNo())).hasSize(1);
    }

    @Test
    void newerVersionWithTheSameStatusRecordsNoEvent() {
        UnifiedOrder order = paidOrder(uniqueId());
        write(List.of(order));

        OrderWriteResult result = write(List.of(withStatus(order, OrderStatus.PAID, T0.plusHours(1))));

        assertThat(result.updated()).isEqualTo(1);
        assertThat(events(order.orderNo())).hasSize(1);
        assertThat(historyCount(order.orderNo())).isEqualTo(1);
    }

    @Test
    void statusChangeRecordsOneEventWithBeforeAndAfter() {
        UnifiedOrder paid = paidOrder(uniqueId());
        write(List.of(paid));

        write(List.of(withStatus(paid, OrderStatus.SHIPPED, T0.plusHours(5))));

        List<Map<String, Object>> events = events(paid.orderNo());
        assertThat(events).hasSize(2);
        assertThat(events.get(1).get("status_before")).isEqualTo("PAID");
        assertThat(events.get(1).get("status_after")).isEqualTo("SHIPPED");
        assertThat(occurredAt((String) events.get(1).get("event_id"))).isEqualTo(T0.plusHours(5));
        assertThat(events.get(0).get("event_id")).isNotEqualTo(events.get(1).get("event_id"));
    }

    @Test
    void rolledBackTransactionLeavesNoEventAndNoHistory() {
        UnifiedOrder order = paidOrder(uniqueId());

        tx.executeWithoutResult(status -> {
            writer.write(List.of(order), StatusSource.PULL);
            status.setRollbackOnly();
        });

        assertThat(events(order.orderNo())).isEmpty();
        assertThat(historyCount(order.orderNo())).isZero();
    }

    @Test
    void everyOrderOfAMultiChunkBatchGetsItsEvent() {
        List<UnifiedOrder> orders = new ArrayList<>();
        for (int i = 0; i < OrderWriter.CHUNK + 3; i++) {
            orders.add(paidOrder(uniqueId()));
        }

        write(orders);

        List<String> orderNos = orders.stream().map(UnifiedOrder::orderNo).toList();
        Integer events = jdbc.queryForObject("SELECT COUNT(*) FROM order_event_outbox WHERE order_no IN ("
                + String.join(",", orderNos.stream().map(no -> "'" + no + "'").toList()) + ")", Integer.class);
        assertThat(events).isEqualTo(orders.size());
    }

    @Test
    void withEventsOffAChangeIsRecordedInHistoryOnly() {
        OrderWriter withoutEvents = new OrderWriter(jdbc, Clock.systemUTC(), false);
        UnifiedOrder paid = paidOrder(uniqueId());

        tx.executeWithoutResult(status -> withoutEvents.write(List.of(paid), StatusSource.PULL));
        tx.executeWithoutResult(status -> withoutEvents.write(
                List.of(withStatus(paid, OrderStatus.SHIPPED, T0.plusHours(5))), StatusSource.PULL));
        StatusChange reconciled = new StatusChange(Channel.JD, "shop-9", uniqueId(), OrderStatus.PENDING_PAYMENT,
                OrderStatus.PAID, T0, StatusSource.RECONCILE);
        tx.executeWithoutResult(status -> new OrderStatusChanges(jdbc, Clock.systemUTC(), false).record(reconciled));

        assertThat(historyCount(paid.orderNo())).isEqualTo(2);
        assertThat(historyCount(reconciled.orderNo())).isEqualTo(1);
        assertThat(events(paid.orderNo())).isEmpty();
        assertThat(events(reconciled.orderNo())).isEmpty();
    }

    @Test
    void recordedChangeWritesHistoryAndEventTogether() {
        String platformOrderId = uniqueId();
        StatusChange change = new StatusChange(Channel.JD, "shop-9", platformOrderId, OrderStatus.PENDING_PAYMENT,
                OrderStatus.PAID, T0.plusMinutes(3), StatusSource.RECONCILE);

        tx.executeWithoutResult(status -> statusChanges.record(List.of(change)));

        List<Map<String, Object>> events = events("JD" + platformOrderId);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("status_before")).isEqualTo("PENDING_PAYMENT");
        assertThat(events.get(0).get("source")).isEqualTo("RECONCILE");
        assertThat(jdbc.queryForObject("SELECT CONCAT(from_status, '>', to_status, ' ', source) FROM"
                + " order_status_history WHERE order_no = ?", String.class, "JD" + platformOrderId))
                .isEqualTo("PENDING_PAYMENT>PAID RECONCILE");
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        StatusChange change = new StatusChange(Channel.JD, "shop-9", uniqueId(), null, OrderStatus.PAID, T0,
                StatusSource.MANUAL);

        assertThatThrownBy(() -> statusChanges.record(change)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
        assertThat(events(change.orderNo())).isEmpty();
    }

    @Test
    void aStatusThatStaysTheSameIsNotAChange() {
        assertThatThrownBy(() -> new StatusChange(Channel.JD, "shop-9", "1", OrderStatus.PAID, OrderStatus.PAID, T0,
                StatusSource.CALLBACK)).isInstanceOf(IllegalArgumentException.class);
    }
}
