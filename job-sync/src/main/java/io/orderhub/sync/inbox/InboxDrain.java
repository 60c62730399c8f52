package io.orderhub.sync.inbox;

import io.orderhub.common.job.JobContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies verified messages in batches, one transaction per batch (rows locked with SKIP LOCKED, so several
 * executors drain side by side). A batch that fails as a whole is re-run message by message so that one poison
 * message is dead-lettered and the rest go through.
 */
@Service
public class InboxDrain {

    static final int BATCH = 500;

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
        int examined = 0;
        while (examined < request.maxMessages()) {
            int limit = Math.min(BATCH, request.maxMessages() - examined);
            LocalDateTime now = LocalDateTime.now(clock);
            BatchResult batch = drainBatch(now, limit);
            if (batch.size == 0) {
                break;
            }
            examined += batch.size;
            total.add(batch.counts);
        }
        String summary = "examined=" + examined + " " + total;
        context.log().line("inbox drain: {}", summary);
        return summary;
    }

    private record BatchResult(int size, InboxProcessor.Counts counts) {
    }

    private BatchResult drainBatch(LocalDateTime now, int limit) {
        try {
            return tx.execute(status -> {
                List<InboxRow> rows = store.lockDue(now, limit);
                return new BatchResult(rows.size(), processor.process(rows, now));
            });
        } catch (RuntimeException batchFailure) {
            List<InboxRow> rows = tx.execute(status -> store.lockDue(now, limit));
            InboxProcessor.Counts counts = new InboxProcessor.Counts();
            for (InboxRow row : rows) {
                counts.add(one(row, now));
            }
            return new BatchResult(rows.size(), counts);
        }
    }

    private InboxProcessor.Counts one(InboxRow row, LocalDateTime now) {
        try {
            return tx.execute(status -> processor.process(List.of(row), now));
        } catch (RuntimeException e) {
            InboxProcessor.Counts counts = new InboxProcessor.Counts();
            tx.executeWithoutResult(status -> processor.recordFailure(row, InboxReason.APPLY_FAILED,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), true, now, counts));
            return counts;
        }
    }
}
