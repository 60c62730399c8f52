package io.orderhub.sync.inbox;

import io.orderhub.common.job.JobContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies verified messages in batches, one transaction per batch (rows locked with SKIP LOCKED, so several
 * executors drain side by side). A batch that fails as a whole is logged and re-run message by message, each
 * message locked in its own transaction, so that one poison message is dead-lettered and the rest go through.
 */
@Service
public class InboxDrain {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(InboxDrain.class);

    private final InboxStore store;
    private final InboxProcessor processor;
    private final TransactionTemplate tx;
    private final Clock clock;

    public InboxDrain(InboxStore store, InboxProcessor processor, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.processor = processor;
        this.tx = tx;
        this.clock = clock;
    }

    public String run(DrainRequest request, JobContext context) {
        InboxProcessor.Counts total = new InboxProcessor.Counts();
        int woken = store.wakeAwaitedOrders();
        int examined = 0;
        while (examined < request.maxMessages()) {
            int limit = Math.min(BATCH, request.maxMessages() - examined);
            LocalDateTime now = LocalDateTime.now(clock);
            BatchResult batch = drainBatch(now, limit, context);
            if (batch.size == 0) {
                break;
            }
            examined += batch.size;
            total.add(batch.counts);
        }
        String summary = "examined=" + examined + " (" + woken + " whose order arrived) " + total;
        context.log().line("inbox drain: {}", summary);
        return summary;
    }

    private record BatchResult(int size, InboxProcessor.Counts counts) {
    }

    private BatchResult drainBatch(LocalDateTime now, int limit, JobContext context) {
        try {
            return tx.execute(status -> {
                List<InboxRow> rows = store.lockDue(now, limit);
                return new BatchResult(rows.size(), processor.process(rows, now));
            });
        } catch (RuntimeException batchFailure) {
            // The batch rolled back as a whole; say why (a broken store looks the same as a poison message here).
            log.warn("inbox drain: a batch of up to {} messages failed, applying them one by one", limit, batchFailure);
            context.log().line("inbox drain: batch failed ({}: {}), applying one by one",
                    batchFailure.getClass().getSimpleName(), batchFailure.getMessage());
        }
        // Each message is locked again in the transaction that applies it, so another drain skips it meanwhile and
        // a message another drain finished in between is no longer VERIFIED and is left alone.
        List<Long> ids = store.dueIds(now, limit);
        InboxProcessor.Counts counts = new InboxProcessor.Counts();
        for (long id : ids) {
            counts.add(one(id, now));
        }
        return new BatchResult(ids.size(), counts);
    }

    private InboxProcessor.Counts one(long id, LocalDateTime now) {
        try {
            return tx.execute(status -> store.lockDue(id, now)
                    .map(row -> processor.process(List.of(row), now))
                    .orElseGet(InboxProcessor.Counts::new));
        } catch (RuntimeException e) {
            log.warn("inbox drain: message {} failed to apply", id, e);
            InboxProcessor.Counts counts = new InboxProcessor.Counts();
            tx.executeWithoutResult(status -> store.lockDue(id, now).ifPresent(row -> processor.recordFailure(row,
                    InboxReason.APPLY_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(), true, now, counts)));
            return counts;
        }
    }
}
