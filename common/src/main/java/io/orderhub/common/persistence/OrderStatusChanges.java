package io.orderhub.common.persistence;

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
 * records every change through here: those of the pull and pushes, and payments ({@link OrderWriter#markPaid}: gateway
 * notifications, reconcile, manual compensation).
 *
 * <p>Per 500 changes it costs one multi-row insert per table, never a statement per change. With events off nothing
 * is written to the outbox: no publisher would ever drain it (measured: the outbox insert is about a tenth of the
 * sync's time), and switching events on announces the changes from then on.
 */
public class OrderStatusChanges {

    /** The {@code status_after} of a freeze hold's order event (routing key {@code <channel>.held}). */
    public static final String HELD = "HELD";

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
        statements.insertEvents(holds.stream().map(hold -> {
            OrderEventRow row = new OrderEventRow();
            row.eventId = UUID.randomUUID().toString();
            row.channel = hold.channel().name();
            row.shopId = hold.shopId();
            row.platformOrderId = hold.platformOrderId();
            row.orderNo = hold.orderNo();
            row.statusBefore = OrderStatus.PAID.name();
            row.statusAfter = HELD;
            row.source = source.name();
            row.occurredAt = now.withNano(0);
            row.createdAt = now;
            return row;
        }).toList());
    }

    private static StatusHistoryRow historyRow(StatusChange change, LocalDateTime now) {
        StatusHistoryRow row = new StatusHistoryRow();
        row.orderNo = change.orderNo();
        row.fromStatus = change.before() == null ? null : change.before().name();
        row.toStatus = change.after().name();
        row.changedAt = change.occurredAt();
        row.source = change.source().name();
        row.recordedAt = now.withNano(0);
        return row;
    }

    private static OrderEventRow eventRow(StatusChange change, LocalDateTime now) {
        OrderEventRow row = new OrderEventRow();
        row.eventId = UUID.randomUUID().toString();
        row.channel = change.channel().name();
        row.shopId = change.shopId();
        row.platformOrderId = change.platformOrderId();
        row.orderNo = change.orderNo();
        row.statusBefore = change.before() == null ? null : change.before().name();
        row.statusAfter = change.after().name();
        row.source = change.source().name();
        row.occurredAt = change.occurredAt();
        row.payload = null; // the standard body is rendered from the columns when published (OrderEventPayload)
        row.createdAt = now;
        return row;
    }
}
