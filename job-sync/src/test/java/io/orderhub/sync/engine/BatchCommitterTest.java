package io.orderhub.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderAmounts;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.OrderTimes;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.retry.RetryPolicy;
import io.orderhub.common.persistence.OrderWriteResult;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.common.quarantine.QuarantinedPayload;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

class BatchCommitterTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 11, 8, 0);
    static final TimeWindow FIRST = new TimeWindow(T0, T0.plusHours(1));
    static final TimeWindow SECOND = new TimeWindow(T0.plusHours(1), T0.plusHours(2));
    static final int SKIP_LIMIT = 3;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-11T04:00:00Z"));
    final ShopSyncReport report = new ShopSyncReport("JD/shop-1");
    final RecordingStore store = new RecordingStore();
    final AtomicBoolean stopRequested = new AtomicBoolean();

    /** Batches as they were stored: order count, quarantined count, cursor. */
    static final class RecordingStore implements BatchStore {
        final List<String> batches = new ArrayList<>();
        final List<QuarantinedPayload> kept = new ArrayList<>();
        int deadlocksToThrow;
        int calls;

        @Override
        public OrderWriteResult store(List<UnifiedOrder> orders, List<QuarantinedPayload> bad, LocalDateTime cursorTo) {
            calls++;
            if (deadlocksToThrow > 0) {
                deadlocksToThrow--;
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }
            batches.add(orders.size() + " orders, " + bad.size() + " bad, cursor " + cursorTo);
            kept.addAll(bad);
            return new OrderWriteResult(orders.size(), 0, 0, orders.size());
        }
    }

    static UnifiedOrder mapped(RawOrder raw) {
        if (raw.platformOrderId().startsWith("bad")) {
            throw new MappingFailure(QuarantineReason.UNKNOWN_STATUS, "order.status", "'WHATEVER' not mapped");
        }
        BigDecimal paid = new BigDecimal("10.00");
        return new UnifiedOrder(Channel.JD, "shop-1", raw.platformOrderId(), OrderStatus.PAID, "WAIT", RefundState.NONE,
                false, new OrderAmounts(paid, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, paid, "CNY"),
                new OrderTimes(T0, null, T0, null, null, null), false, null, false, null, List.of(), List.of());
    }

    static List<RawOrder> orders(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new RawOrder(prefix + i, ChannelHttp.JSON.createObjectNode().put("id", prefix + i)))
                .toList();
    }

    final List<BatchCommitter> opened = new ArrayList<>();

    BatchCommitter committer(boolean movesCursor) {
        return committer(BatchCommitterTest::mapped, store, movesCursor);
    }

    BatchCommitter committer(BatchCommitter.OrderMapping mapping, BatchStore batchStore, boolean movesCursor) {
        BatchCommitter committer = new BatchCommitter(Channel.JD, "shop-1", mapping, batchStore, movesCursor,
                SKIP_LIMIT, clock, report, stopRequested::get);
        opened.add(committer);
        return committer;
    }

    @AfterEach
    void closeCommitters() {
        opened.forEach(BatchCommitter::close);
    }

    @Test
    void ordersAreStoredFiveHundredAtATimeWithTheCursorOfTheLastWindowTheBatchCompletes() {
        BatchCommitter batches = committer(true);

        batches.accept(orders("a", 300), FIRST);
        batches.accept(orders("b", 150), null);
        assertThat(store.batches).isEmpty();
        batches.accept(orders("c", 50), null);
        batches.flush();

        assertThat(store.batches).containsExactly("500 orders, 0 bad, cursor " + FIRST.to());
        assertThat(report.cursorAfter).isEqualTo(FIRST.to());
        assertThat(report.inserted).isEqualTo(500);
    }

    @Test
    void theCursorMovesOnlyWithTheBatchHoldingTheWindowsLastPage() {
        BatchCommitter batches = committer(true);

        batches.accept(orders("a", 500), null);
        batches.accept(orders("b", 10), SECOND);
        batches.flush();

        assertThat(store.batches).containsExactly("500 orders, 0 bad, cursor null",
                "10 orders, 0 bad, cursor " + SECOND.to());
    }

    @Test
    void aCompletedWindowIsStoredOnceTheProgressIntervalHasPassedEvenWithTheBatchNotFull() {
        BatchCommitter batches = committer(true);

        batches.accept(List.of(), FIRST);
        clock.advance(BatchCommitter.PROGRESS_INTERVAL.minusSeconds(1));
        batches.accept(List.of(), SECOND);
        assertThat(store.batches).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        batches.accept(orders("a", 1), null);
        batches.accept(orders("b", 1), null);
        batches.flush();

        // a stored at once with the cursor (b comes after it), not with b when the run ends
        assertThat(store.batches).containsExactly("1 orders, 0 bad, cursor " + SECOND.to(),
                "1 orders, 0 bad, cursor null");
    }

    @Test
    void aBackfillStoresItsBatchesWithoutEverMovingTheCursor() {
        BatchCommitter batches = committer(false);

        batches.accept(orders("a", 500), FIRST);
        clock.advance(BatchCommitter.PROGRESS_INTERVAL);
        batches.accept(orders("b", 1), SECOND);
        batches.accept(orders("c", 1), null);
        batches.flush();

        // no progress commit after b: a backfill has no progress to keep
        assertThat(store.batches).containsExactly("500 orders, 0 bad, cursor null", "2 orders, 0 bad, cursor null");
        assertThat(report.cursorAfter).isNull();
    }

    @Test
    void anOrderThatCannotBeMappedIsQuarantinedRawWithItsReasonAndFieldAndTheOthersAreWritten() {
        BatchCommitter batches = committer(true);

        batches.accept(List.of(orders("good", 2).get(0), orders("bad", 1).get(0), orders("good", 2).get(1)), FIRST);
        batches.flush();

        assertThat(store.batches).containsExactly("2 orders, 1 bad, cursor " + FIRST.to());
        QuarantinedPayload kept = store.kept.get(0);
        assertThat(kept.platformOrderId()).isEqualTo("bad0");
        assertThat(kept.reason()).isEqualTo(QuarantineReason.UNKNOWN_STATUS);
        assertThat(kept.failingField()).isEqualTo("order.status");
        assertThat(kept.body()).isEqualTo("{\"id\":\"bad0\"}");
        assertThat(report.quarantinedTotal()).isEqualTo(1);
    }

    @Test
    void overTheSkipLimitTheBatchIsStoredWithoutMovingTheCursorAndTheRunStops() {
        BatchCommitter batches = committer(true);
        batches.accept(orders("bad", SKIP_LIMIT + 1), FIRST);

        assertThatThrownBy(batches::flush).isInstanceOf(SkipLimitExceededException.class)
                .hasMessageContaining("4 orders quarantined in this run, more than the skip limit 3");

        assertThat(store.batches).containsExactly("0 orders, 4 bad, cursor null");
        assertThat(report.cursorAfter).isNull();
    }

    @Test
    void aDeadlockVictimsBatchIsStoredAgain() {
        store.deadlocksToThrow = RetryPolicy.DEADLOCK_VICTIM.maxAttempts() - 1;
        BatchCommitter batches = committer(true);
        batches.accept(orders("a", 5), FIRST);

        batches.flush();

        assertThat(store.calls).isEqualTo(RetryPolicy.DEADLOCK_VICTIM.maxAttempts());
        assertThat(store.batches).containsExactly("5 orders, 0 bad, cursor " + FIRST.to());
        assertThat(report.inserted).isEqualTo(5);
    }

    @Test
    void aBatchDeadlockedOnEveryAttemptFailsTheRun() {
        store.deadlocksToThrow = RetryPolicy.DEADLOCK_VICTIM.maxAttempts();
        BatchCommitter batches = committer(true);
        batches.accept(orders("a", 5), FIRST);

        assertThatThrownBy(batches::flush).isInstanceOf(CannotAcquireLockException.class);
        assertThat(store.calls).isEqualTo(RetryPolicy.DEADLOCK_VICTIM.maxAttempts());
        assertThat(report.cursorAfter).isNull();
    }

    @Test
    void otherStoreFailuresAreNotRetried() {
        BatchStore failing = (orders, bad, cursorTo) -> {
            store.calls++;
            throw new DataIntegrityViolationException("Data too long for column");
        };
        BatchCommitter batches = committer(BatchCommitterTest::mapped, failing, true);
        batches.accept(orders("a", 5), FIRST);

        assertThatThrownBy(batches::flush).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(store.calls).isEqualTo(1);
    }

    @Test
    void aStopRequestCommitsTheCompletedWindowAtOnceAndStopsTheRun() {
        BatchCommitter batches = committer(true);
        batches.accept(orders("a", 30), FIRST);
        stopRequested.set(true);

        assertThatThrownBy(() -> batches.accept(orders("b", 20), SECOND)).isInstanceOf(SyncStoppedException.class)
                .hasMessageContaining("cursor " + SECOND.to());
        assertThat(store.batches).containsExactly("50 orders, 0 bad, cursor " + SECOND.to());
        assertThat(report.cursorAfter).isEqualTo(SECOND.to());
    }

    @Test
    void aStopRequestMidWindowStopsAfterTheNextFullBatchWithoutMovingTheCursor() {
        BatchCommitter batches = committer(true);
        stopRequested.set(true);
        batches.accept(orders("a", 300), null);
        assertThat(store.batches).isEmpty();

        assertThatThrownBy(() -> batches.accept(orders("b", 200), null)).isInstanceOf(SyncStoppedException.class);
        assertThat(store.batches).containsExactly("500 orders, 0 bad, cursor null");
    }

    @Test
    void theNextBatchIsMappedWhileThePreviousOneIsBeingStored() throws Exception {
        CountDownLatch storing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger mappedWhileStoring = new AtomicInteger();
        BatchStore slow = (orders, bad, cursorTo) -> {
            storing.countDown();
            await(release);
            return store.store(orders, bad, cursorTo);
        };
        BatchCommitter batches = committer(raw -> {
            if (storing.getCount() == 0 && release.getCount() == 1) {
                mappedWhileStoring.incrementAndGet();
            }
            return mapped(raw);
        }, slow, true);

        batches.accept(orders("a", 500), FIRST);
        assertThat(storing.await(5, TimeUnit.SECONDS)).isTrue();
        batches.accept(orders("b", 200), SECOND);
        assertThat(mappedWhileStoring.get()).isEqualTo(200);
        assertThat(store.batches).isEmpty();
        release.countDown();
        batches.flush();

        assertThat(store.batches).containsExactly("500 orders, 0 bad, cursor " + FIRST.to(),
                "200 orders, 0 bad, cursor " + SECOND.to());
        assertThat(report.cursorAfter).isEqualTo(SECOND.to());
        assertThat(report.inserted).isEqualTo(700);
    }

    @Test
    void aBatchThatFailsOnTheCommitThreadFailsTheRunBeforeTheNextBatchIsStored() {
        AtomicInteger calls = new AtomicInteger();
        BatchStore failingFirst = (orders, bad, cursorTo) -> {
            if (calls.incrementAndGet() == 1) {
                throw new DataIntegrityViolationException("Data too long for column");
            }
            return store.store(orders, bad, cursorTo);
        };
        BatchCommitter batches = committer(BatchCommitterTest::mapped, failingFirst, true);
        batches.accept(orders("a", 500), FIRST);

        assertThatThrownBy(() -> batches.accept(orders("b", 500), SECOND))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls.get()).isEqualTo(1);
        assertThat(store.batches).isEmpty();
        assertThat(report.cursorAfter).isNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void nothingPendingStoresNothing() {
        committer(true).flush();

        assertThat(store.calls).isZero();
    }
}
