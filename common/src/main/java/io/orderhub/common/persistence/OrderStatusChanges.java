package io.orderhub.common.persistence;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to record that an order's unified status changed: a row in {@code order_status_history} and, when
 * order events are on ({@code oms.events.enabled}), an order event in {@code order_event_outbox}, written together in
 * the caller's transaction, so an event is published exactly for the changes that committed. {@link OrderWriter}
 * records every change through here: those of the pull and pushes, payments ({@link OrderWriter#markPaid}: gateway
 * notifications, reconcile, manual compensation) and a repair's whole-order refund ({@link OrderWriter#markRefunded}).
 *
 * <p>Per 500 changes it costs one multi-row insert per table, never a statement per change. With events off nothing
 * is written to the outbox: no publisher would ever drain it (measured: the outbox insert is about a tenth of the
 * sync's time), and switching events on announces the changes from then on.
 */
public class OrderStatusChanges {

    /** The {@code status_after} of a freeze hold's order event (routing key {@code <channel>.held}). */
    public static final String HELD = "HELD";

    /** The {@code to_status}/{@code status_after} of a whole-order refund (routing key {@code <channel>.refunded}). */
    public static final String REFUNDED = "REFUNDED";

    private final OrderTableStatements statements;
    private final Clock clock;
    private final boolean events;

    /** @param events whether changes are announced in {@code order_event_outbox} ({@code oms.events.enabled}) */
    public OrderStatusChanges(JdbcTemplate jdbc, Clock clock, boolean events) {
        this(new OrderTableStatements(jdbc), clock, events);
    }

    OrderStatusChanges(OrderTableStatements statements, Clock clock, boolean events) {
        this.statements = statements;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Appends history and events for the given changes. Must run inside a Spring-managed transaction (the caller's
     * {@code @Transactional} or {@code TransactionTemplate}) on the application's data source: the caller's own
     * change of {@code unified_order} and these rows commit or roll back together. Does not touch
     * {@code unified_order} itself.
     *
     * @throws IllegalStateException when no transaction is active (history and event would commit on their own)
     */
    public void record(List<StatusChange> changes) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("OrderStatusChanges.record must run inside the transaction that changes"
                    + " the orders (e.g. TransactionTemplate.execute), none is active");
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        for (int from = 0; from < changes.size(); from += OrderWriter.CHUNK) {
            append(changes.subList(from, Math.min(changes.size(), from + OrderWriter.CHUNK)), now);
        }
    }

    /** One status change; see {@link #record(List)}. */
    public void record(StatusChange change) {
        record(List.of(change));
    }

    /** One multi-row insert into each table for up to a chunk of changes; the caller holds the transaction. */
    void append(List<StatusChange> changes, LocalDateTime now) {
        if (changes.isEmpty()) {
            return;
        }
        List<StatusHistoryRow> history = new ArrayList<>(changes.size());
        for (StatusChange change : changes) {
            history.add(historyRow(change, now));
        }
        statements.insertHistory(history);
        if (events) {
            statements.insertEvents(changes.stream().map(change -> eventRow(change, now)).toList());
        }
    }

    /**
     * Announces freeze holds as order events {@code <channel>.HELD} (status before PAID, after HELD) when events are
     * on; the order's unified status itself stays PAID, so no history row is written.
     */
    void appendHeld(List<OrderHold> holds, StatusSource source, LocalDateTime now) {
        if (!events || holds.isEmpty()) {
            return;
        }
        statements.insertEvents(holds.stream().map(hold -> eventRow(hold.channel(), hold.shopId(),
                hold.platformOrderId(), hold.orderNo(), OrderStatus.PAID.name(), HELD, source, now.withNano(0), now))
                .toList());
    }

    /**
     * Records a whole-order refund ({@link OrderWriter#markRefunded}) like a status change: a history row and, when
     * events are on, an order event {@code <channel>.REFUNDED}, both from the order's unified status to
     * {@value #REFUNDED}. The unified status itself stays (a refund is its own dimension, {@code RefundState}).
     */
    void appendRefunded(LockedOrder order, StatusSource source, LocalDateTime now) {
        LocalDateTime at = now.withNano(0);
        statements.insertHistory(List.of(historyRow(order.orderNo(), order.status().name(), REFUNDED, at, source,
                now)));
        if (events) {
            statements.insertEvents(List.of(eventRow(order.channel(), order.shopId(), order.platformOrderId(),
                    order.orderNo(), order.status().name(), REFUNDED, source, at, now)));
        }
    }

    private static StatusHistoryRow historyRow(StatusChange change, LocalDateTime now) {
        return historyRow(change.orderNo(), nameOrNull(change.before()), change.after().name(), change.occurredAt(),
                change.source(), now);
    }

    private static StatusHistoryRow historyRow(String orderNo, String from, String to, LocalDateTime changedAt,
            StatusSource source, LocalDateTime now) {
        StatusHistoryRow row = new StatusHistoryRow();
        row.orderNo = orderNo;
        row.fromStatus = from;
        row.toStatus = to;
        row.changedAt = changedAt;
        row.source = source.name();
        row.recordedAt = now.withNano(0);
        return row;
    }

    private static OrderEventRow eventRow(StatusChange change, LocalDateTime now) {
        return eventRow(change.channel(), change.shopId(), change.platformOrderId(), change.orderNo(),
                nameOrNull(change.before()), change.after().name(), change.source(), change.occurredAt(), now);
    }

    private static OrderEventRow eventRow(Channel channel, String shopId, String platformOrderId, String orderNo,
            String before, String after, StatusSource source, LocalDateTime occurredAt, LocalDateTime now) {
        OrderEventRow row = new OrderEventRow();
        row.eventId = UUID.randomUUID().toString();
        row.channel = channel.name();
        row.shopId = shopId;
        row.platformOrderId = platformOrderId;
        row.orderNo = orderNo;
        row.statusBefore = before;
        row.statusAfter = after;
        row.source = source.name();
        row.occurredAt = occurredAt;
        row.payload = null; // the standard body is rendered from the columns when published (OrderEventPayload)
        row.createdAt = now;
        return row;
    }

    private static String nameOrNull(OrderStatus status) {
        return status == null ? null : status.name();
    }
}
