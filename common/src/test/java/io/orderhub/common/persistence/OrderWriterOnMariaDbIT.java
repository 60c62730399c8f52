package io.orderhub.common.persistence;

import static io.orderhub.common.testing.OrderFixtures.T0;
import static io.orderhub.common.testing.OrderFixtures.paidOrder;
import static io.orderhub.common.testing.OrderFixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.testing.MariaDbTestContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextConfiguration;

/** The writer and the migrations on a real MariaDB. */
@ContextConfiguration(initializers = MariaDbTestContext.class)
class OrderWriterOnMariaDbIT extends OrderWriterContract {

    /** How long one step may take on a loaded machine; the push holds its transaction longer than all of them. */
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PUSH_HOLDS_AT_MOST = STEP_TIMEOUT.multipliedBy(3);

    /** Own threads: the common pool may be busy or, on a small machine, a thread per task anyway. */
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    /**
     * A push of a newer version and a pull of an older one, in two transactions: the push has written and not yet
     * committed when the pull starts writing. The pull must see the push's version once it may go on, and leave the
     * newer lines alone; deciding from an unlocked read, it replaced them with its own under the newer header.
     */
    @Test
    void anOlderVersionWrittenWhileANewerOneCommitsLeavesTheNewerLinesInPlace() throws Exception {
        UnifiedOrder stored = paidOrder(UUID.randomUUID().toString().substring(0, 18));
        UnifiedOrder newer = withLines(withStatus(stored, OrderStatus.SHIPPED, T0.plusHours(5)),
                List.of(stored.lines().get(0)));
        UnifiedOrder older = withStatus(stored, OrderStatus.PAID, T0.plusHours(2));
        tx.executeWithoutResult(status -> writer.write(List.of(stored), StatusSource.PULL));

        CountDownLatch pushWrote = new CountDownLatch(1);
        CountDownLatch pushMayCommit = new CountDownLatch(1);
        CompletableFuture<Void> push = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            writer.write(List.of(newer), StatusSource.CALLBACK);
            pushWrote.countDown();
            await(pushMayCommit, PUSH_HOLDS_AT_MOST);
        }), threads);
        await(pushWrote, STEP_TIMEOUT);
        CompletableFuture<Long> pullConnection = new CompletableFuture<>();
        CompletableFuture<Void> pull = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            pullConnection.complete(jdbc.queryForObject("SELECT CONNECTION_ID()", Long.class));
            writer.write(List.of(older), StatusSource.PULL);
        }), threads);
        waitUntilBlocked(pullConnection.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS), pull);
        if (pull.isDone()) {
            // Cannot happen while the push holds the shop's lock row; seen once, never reproduced (130 runs under
            // load). The end state below still tells whether the older version replaced the newer one.
            System.err.println("the pull finished before the push committed");
        }
        pushMayCommit.countDown();
        push.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        pull.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        assertThat(jdbc.queryForObject("SELECT status FROM unified_order WHERE order_no = ?", String.class,
                stored.orderNo())).isEqualTo("SHIPPED");
        assertThat(jdbc.queryForList("SELECT sku FROM order_line WHERE order_no = ?", String.class, stored.orderNo()))
                .containsExactly("SKU-500G");
    }

    /**
     * Until the pull's connection waits for a lock the push holds (the interleaving under test), seen either as an
     * InnoDB lock wait or as the connection still running the write-lock statement. Bounded by a wall-clock deadline,
     * not a count of polls, so a slow machine does not stretch it past the push's patience (a count of 3000 polls
     * once outlasted the push's 30 s wait on a loaded CI machine). When the wait is never seen, what the server
     * shows is printed and the test goes on: the end state must hold either way.
     */
    private void waitUntilBlocked(long connectionId, CompletableFuture<Void> pull) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && !pull.isDone()) {
            Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.INNODB_TRX "
                    + "WHERE trx_mysql_thread_id = ? AND trx_state = 'LOCK WAIT'", Integer.class, connectionId);
            Integer onTheLock = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                    + "WHERE id = ? AND command = 'Query' AND info LIKE 'INSERT INTO order_write_lock%'",
                    Integer.class, connectionId);
            if (waiting + onTheLock > 0) {
                return;
            }
            Thread.sleep(10);
        }
        System.err.println("pull never seen waiting; its connection " + connectionId + ": "
                + jdbc.queryForList("SELECT id, command, state, LEFT(info, 80) AS info FROM "
                        + "information_schema.PROCESSLIST WHERE id = ?", connectionId)
                + " transactions: " + jdbc.queryForList("SELECT trx_mysql_thread_id, trx_state, trx_query "
                        + "FROM information_schema.INNODB_TRX"));
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static void await(CountDownLatch latch, Duration timeout) {
        try {
            if (!latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the other transaction never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static UnifiedOrder withLines(UnifiedOrder order, List<OrderLine> lines) {
        return new UnifiedOrder(order.channel(), order.shopId(), order.platformOrderId(), order.status(),
                order.platformStatus(), order.refundState(), order.onHold(), order.amounts(), order.times(),
                order.presale(), order.presaleDeliveryDate(), order.crossBorder(), order.buyerRefMasked(), lines,
                order.marketing());
    }
}
