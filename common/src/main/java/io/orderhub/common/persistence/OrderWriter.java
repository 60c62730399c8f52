package io.orderhub.common.persistence;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one write path for orders: idempotent batch writes of the pull and pushes, the payment transition
 * ({@link #lockForPayment}, {@link #markPaid}), a repair's whole-order refund ({@link #markRefunded}) and the
 * operators' audit ({@link #audit}). Its statements are in
 * {@link OrderTableStatements}. A batch write costs, per chunk, one read of the stored versions and a handful
 * of multi-row statements, whatever the chunk size: never a query per order.
 *
 * <p>An incoming version is written only when its platform modified time is newer than the stored one, so a
 * duplicate page, a replay or an out-of-order page never moves an order backwards. Lines and marketing are
 * replaced together with the header. A change of the unified status is recorded through {@link OrderStatusChanges}
 * (history row, and outbox event when events are on). Runs inside the caller's transaction (the sync engine commits the cursor
 * in the same one).
 *
 * <p>Orders that enter PAID — in a batch, or through {@link #markPaid} — are shown to the {@link PaidOrderScreen} (the
 * freeze rules) in the same transaction; the holds it returns are applied once per order ({@link #lockHeld},
 * {@link #endHold} for the operator's decision). The upsert never writes the hold columns, so no later version of an
 * order releases it.
 *
 * <p>Which orders to replace is decided under a lock: first the shops' rows of {@code order_write_lock}, then a
 * locking read of the stored versions. A push and a pull of the same order thus write one after the other, and the
 * second sees what the first committed; deciding from an unlocked read let an older version replace a newer one's
 * lines and marketing (only the header carries the version guard).
 *
 * <p>The guarded upsert cannot take that read's place: a multi-row {@code INSERT … ON DUPLICATE KEY UPDATE} reports
 * one affected-rows count for the whole statement, not which of its orders were new, replaced or left alone, so the
 * writer would not know whose lines and marketing to replace (or to leave: an older version's must not overwrite
 * the newer ones); and the history row needs the status the upsert overwrites, which neither MariaDB nor MySQL
 * returns from an upsert. The read costs one statement per chunk; new orders skip the child delete, and the
 * upsert too: the read found no row for them while their shops' lock rows keep other writers out, so they are plain
 * inserts, which the driver sends in its bulk protocol (MariaDB 10.11 runs no bulk upsert). Should one appear all the
 * same, the insert fails on the duplicate key and takes the transaction with it: nothing is written unguarded.
 */
public class OrderWriter {

    static final int CHUNK = 500;

    private final OrderTableStatements statements;
    private final OrderStatusChanges statusChanges;
    private final Clock clock;
    private final PaidOrderScreen screen;

    /** @param events whether status changes are announced in the outbox too ({@code oms.events.enabled}) */
    public OrderWriter(JdbcTemplate jdbc, Clock clock, boolean events) {
        this(jdbc, clock, events, PaidOrderScreen.NONE);
    }

    /**
     * @param screen decides which orders entering PAID are held (the freeze rules), on every path into PAID and in
     *               the transaction of the change
     */
    public OrderWriter(JdbcTemplate jdbc, Clock clock, boolean events, PaidOrderScreen screen) {
        this.statements = new OrderTableStatements(jdbc);
        this.statusChanges = new OrderStatusChanges(statements, clock, events);
        this.clock = clock;
        this.screen = screen;
    }

    public OrderWriteResult write(Collection<UnifiedOrder> incoming, StatusSource source) {
        return write(incoming, source, false);
    }

    /**
     * Like {@link #write}, but an order whose platform modified time equals the stored one is written again: a
     * backfill after a mapping fix re-reads orders the platform has not changed since, and their stored rows are
     * the ones to repair. An older version is still never written.
     */
    public OrderWriteResult rewrite(Collection<UnifiedOrder> incoming, StatusSource source) {
        return write(incoming, source, true);
    }

    private OrderWriteResult write(Collection<UnifiedOrder> incoming, StatusSource source, boolean sameVersionToo) {
        OrderWriteResult result = OrderWriteResult.NONE;
        Collection<UnifiedOrder> orders = newestPerOrder(incoming);
        if (orders.isEmpty()) {
            return result;
        }
        // Every shop of the whole call up front and in one order: chunk by chunk, two writers could lock the same
        // shops in opposite orders and deadlock.
        statements.lockShops(orders.stream()
                .map(o -> Map.entry(o.channel().name(), o.shopId()))
                .distinct()
                .sorted(Map.Entry.<String, String>comparingByKey()
                        .thenComparing(Map.Entry.<String, String>comparingByValue()))
                .toList());
        List<UnifiedOrder> chunk = new ArrayList<>(CHUNK);
        for (UnifiedOrder order : orders) {
            chunk.add(order);
            if (chunk.size() == CHUNK) {
                result = result.plus(writeChunk(chunk, source, sameVersionToo));
                chunk.clear();
            }
        }
        return chunk.isEmpty() ? result : result.plus(writeChunk(chunk, source, sameVersionToo));
    }

    /**
     * Locks one order's header until the caller's transaction ends and returns it, for a change the caller decides
     * on its values (a payment checks the amount and the status, then calls {@link #markPaid}). Empty when there is no
     * such order.
     */
    public Optional<LockedOrder> lockForPayment(Channel channel, String shopId, String platformOrderId) {
        return statements.lockOrder(channel, shopId, platformOrderId);
    }

    /**
     * Moves a locked order from PENDING_PAYMENT to PAID and records the change (history, and outbox event when events
     * are on) in the caller's transaction. A paid time already stored is kept; the version goes up. An order no
     * longer awaiting payment is left alone and nothing is recorded, so a payment never moves an order backwards.
     *
     * @param paidAt when the buyer paid as the gateway reports it, {@code null} when it does not say (then: now)
     * @return whether the order moved to PAID
     * @throws IllegalStateException when no transaction is active (the row lock and the history must share one)
     */
    public boolean markPaid(LockedOrder order, LocalDateTime paidAt, StatusSource source) {
        requireTransaction("markPaid");
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDateTime paidTime = paidAt == null ? now : paidAt.withNano(0);
        if (statements.markPaid(order.orderNo(), paidTime, now) == 0) {
            return false;
        }
        statusChanges.record(new StatusChange(order.channel(), order.shopId(), order.platformOrderId(),
                OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, paidTime, source));
        hold(screen.screenStored(order.orderNo(), source), Set.of(), source, now);
        return true;
    }

    /**
     * Marks a locked order refunded as a whole (header and lines REFUNDED) in the caller's transaction, for a repair
     * that has both the channel's and the gateway's word for it. Recorded like every status change
     * ({@link OrderStatusChanges}): a history row and, when events are on, an order event {@code <channel>.REFUNDED},
     * both from the order's unified status to REFUNDED; the unified status itself stays as it is (a refund is its own
     * dimension, {@code RefundState}). The caller audits the decision ({@link #audit}). An order already REFUNDED is
     * left alone and nothing is recorded.
     *
     * @param source where the decision came from, as recorded in the history and the event
     * @return whether the order's refund state changed
     * @throws IllegalStateException when no transaction is active (the row lock and the change must share one)
     */
    public boolean markRefunded(LockedOrder order, StatusSource source) {
        requireTransaction("markRefunded");
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (statements.markRefunded(order.orderNo(), now.withNano(0)) != 1) {
            return false;
        }
        statusChanges.appendRefunded(order, source, now);
        return true;
    }

    /**
     * Locks one order's header until the caller's transaction ends and returns its freeze hold, for an operator's
     * release or reject ({@link #endHold}). Empty when there is no such order.
     */
    public Optional<HeldOrder> lockHeld(String orderNo) {
        return statements.lockHeld(orderNo);
    }

    /**
     * Ends a locked order's freeze hold, {@code RELEASED} or {@code REJECTED}, in the caller's transaction.
     *
     * @return whether the order was held (an order not held is left alone)
     */
    public boolean endHold(HeldOrder order, String freezeState) {
        requireTransaction("endHold");
        if (!"RELEASED".equals(freezeState) && !"REJECTED".equals(freezeState)) {
            throw new IllegalArgumentException("freezeState: RELEASED or REJECTED, not " + freezeState);
        }
        return statements.endHold(order.orderNo(), freezeState) == 1;
    }

    /**
     * Applies holds to orders never held before (the hold columns, and a {@code <channel>.HELD} event when events
     * are on) and tells the screen which were applied. Costs nothing when there is no hold.
     *
     * @param insertedNow orders this transaction inserted: never held (no other writer reaches a row before our
     *                    commit), so only the others are read
     */
    private void hold(List<OrderHold> holds, Set<String> insertedNow, StatusSource source, LocalDateTime now) {
        if (holds.isEmpty()) {
            return;
        }
        Set<String> neverHeld = new HashSet<>(insertedNow);
        List<String> stored = holds.stream().map(OrderHold::orderNo).filter(no -> !insertedNow.contains(no))
                .distinct().toList();
        if (!stored.isEmpty()) {
            neverHeld.addAll(statements.selectNeverHeld(stored));
        }
        List<OrderHold> applied = holds.stream().filter(h -> neverHeld.remove(h.orderNo())).toList();
        if (applied.isEmpty()) {
            return;
        }
        statements.hold(applied, now);
        statusChanges.appendHeld(applied, source, now);
        screen.held(applied, source);
    }

    /** Appends an operator's action on an order to {@code order_audit}, in the caller's transaction if any. */
    public void audit(OrderAuditEntry entry) {
        statements.insertAudit(entry);
    }

    private static void requireTransaction(String operation) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("OrderWriter." + operation + " must run inside the transaction that"
                    + " locked the order (e.g. TransactionTemplate.execute), none is active");
        }
    }

    /** A page may hold the same order twice (a platform repeating items while paging): keep the newest. */
    private static Collection<UnifiedOrder> newestPerOrder(Collection<UnifiedOrder> incoming) {
        Map<String, UnifiedOrder> newest = new LinkedHashMap<>(incoming.size() * 2);
        for (UnifiedOrder order : incoming) {
            newest.merge(order.orderNo(), order, (a, b) ->
                    b.times().platformModified().isAfter(a.times().platformModified()) ? b : a);
        }
        return newest.values();
    }

    private OrderWriteResult writeChunk(List<UnifiedOrder> chunk, StatusSource source, boolean sameVersionToo) {
        Map<String, StoredOrderVersion> stored = statements
                .selectVersions(chunk.stream().map(UnifiedOrder::orderNo).toList())
                .stream()
                .collect(Collectors.toMap(StoredOrderVersion::orderNo, Function.identity()));
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);

        List<UnifiedOrder> changed = new ArrayList<>(chunk.size());
        List<UnifiedOrder> fresh = new ArrayList<>(chunk.size());
        List<UnifiedOrder> replaced = new ArrayList<>();
        List<StatusChange> transitions = new ArrayList<>();
        List<UnifiedOrder> enteredPaid = new ArrayList<>();
        Set<String> insertedPaid = new HashSet<>();
        for (UnifiedOrder order : chunk) {
            StoredOrderVersion before = stored.get(order.orderNo());
            if (before == null) {
                fresh.add(order);
            } else if (order.times().platformModified().isAfter(before.platformModifiedAt()) || sameVersionToo
                    && order.times().platformModified().isEqual(before.platformModifiedAt())) {
                replaced.add(order);
            } else {
                continue;
            }
            changed.add(order);
            OrderStatus fromStatus = before == null ? null : OrderStatus.valueOf(before.status());
            if (order.status() != fromStatus) {
                transitions.add(new StatusChange(order.channel(), order.shopId(), order.platformOrderId(), fromStatus,
                        order.status(), order.times().platformModified(), source));
                if (order.status() == OrderStatus.PAID) {
                    enteredPaid.add(order);
                    if (before == null) {
                        insertedPaid.add(order.orderNo());
                    }
                }
            }
        }
        if (!changed.isEmpty()) {
            writeChanged(changed, fresh, replaced, now, sameVersionToo);
        }
        // History and outbox event through the same statements every other status change uses.
        statusChanges.append(transitions, now);
        if (!enteredPaid.isEmpty()) {
            hold(screen.screen(enteredPaid, source), insertedPaid, source, now);
        }
        return new OrderWriteResult(fresh.size(), replaced.size(), chunk.size() - changed.size(), transitions.size());
    }

    /**
     * New orders (no stored row under the lock) are plain inserts with no child rows to delete; stored ones go through
     * the guarded upsert and get their lines and marketing deleted before the fresh insert.
     */
    private void writeChanged(List<UnifiedOrder> changed, List<UnifiedOrder> fresh, List<UnifiedOrder> replaced,
            LocalDateTime now, boolean sameVersionToo) {
        if (!fresh.isEmpty()) {
            statements.insertHeaders(fresh.stream().map(o -> OrderRows.header(o, now)).toList());
        }
        if (!replaced.isEmpty()) {
            statements.upsertHeaders(replaced.stream().map(o -> OrderRows.header(o, now)).toList(), sameVersionToo);
            List<String> replacedOrderNos = replaced.stream().map(UnifiedOrder::orderNo).toList();
            statements.deleteChildren("order_line", replacedOrderNos);
            statements.deleteChildren("order_marketing", replacedOrderNos);
        }
        List<OrderLineRow> lineRows = changed.stream().flatMap(o -> OrderRows.lines(o).stream()).toList();
        if (!lineRows.isEmpty()) {
            statements.insertLines(lineRows);
        }
        List<OrderMarketingRow> marketingRows = changed.stream()
                .flatMap(o -> OrderRows.marketing(o).stream()).toList();
        if (!marketingRows.isEmpty()) {
            statements.insertMarketing(marketingRows);
        }
    }
}
