package io.orderhub.sync.inbox;

import io.orderhub.common.job.JobContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-verifies held and dead-lettered messages with the current configuration (the seed's "replay the last 72
 * hours" after a signature switch) and applies the ones that now verify, batch by batch. Idempotent: a message
 * that was applied is no longer held, and a second verified copy of one message becomes a duplicate. Payment
 * notices that were waiting for the replayed orders ({@code AWAITING_ORDER}) are drained at the end.
 */
@Service
public class InboxReplay {

    private final InboxStore store;
    private final InboxReceiver receiver;
    private final InboxProcessor processor;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final InboxDrain drain;

    public InboxReplay(InboxStore store, InboxReceiver receiver, InboxProcessor processor, TransactionTemplate tx,
            Clock clock, InboxDrain drain) {
        this.store = store;
        this.receiver = receiver;
        this.processor = processor;
        this.tx = tx;
        this.clock = clock;
        this.drain = drain;
    }

    public String run(InboxReplayRequest request, JobContext context) {
        return replay(request, context).summary();
    }

    /** What one replay did: examined, verified again, duplicates of an already verified copy, and what applying did. */
    public record Result(int examined, int reverified, int duplicates, InboxProcessor.Counts processed, String summary) {
    }

    /** Runs a replay and returns its figures (the same work as {@link #run}, for callers that report them). */
    public Result replay(InboxReplayRequest request, JobContext context) {
        InboxFilter filter = request.filter();
        Totals totals = new Totals();
        long afterId = 0;
        while (totals.examined < request.limit()) {
            int limit = Math.min(InboxDrain.BATCH, request.limit() - totals.examined);
            long from = afterId;
            Long last = tx.execute(status -> replayBatch(filter, from, limit, totals));
            if (last == null) {
                break;
            }
            afterId = last;
        }
        String summary = "examined=" + totals.examined + " reverified=" + totals.reverified + " duplicates="
                + totals.duplicates + " " + totals.processed + " stillFailing="
                + (totals.stillFailing.isEmpty() ? "0" : totals.stillFailing);
        // Payment notices that waited for the orders this replay brought in are applied now, not at the next drain.
        int woken = store.wakeAwaitedOrders();
        if (woken > 0) {
            summary += " | notices whose order arrived: " + woken + ", drained: " + drain.run(new DrainRequest(null),
                    context);
        }
        context.log().line("inbox replay {}: {}", filter, summary);
        return new Result(totals.examined, totals.reverified, totals.duplicates, totals.processed, summary);
    }

    private Long replayBatch(InboxFilter filter, long afterId, int limit, Totals totals) {
        List<InboxRow> rows = store.lockReplayable(filter, afterId, limit);
        if (rows.isEmpty()) {
            return null;
        }
        List<InboxStore.Recheck> reverified = new ArrayList<>(rows.size());
        List<InboxStore.Recheck> stillHeld = new ArrayList<>();
        for (InboxRow row : rows) {
            totals.examined++;
            Verdict verdict = receiver.verify(row.asReceived());
            if (verdict.verified()) {
                reverified.add(new InboxStore.Recheck(row, verdict));
            } else {
                stillHeld.add(new InboxStore.Recheck(row, verdict));
                totals.stillFailing.merge(verdict.reason(), 1, Integer::sum);
            }
        }
        store.stillHeld(stillHeld);
        Map<Long, InboxState> states = store.reverified(reverified);
        List<InboxRow> verified = new ArrayList<>(reverified.size());
        for (InboxStore.Recheck r : reverified) {
            if (states.get(r.row().id()) == InboxState.DUPLICATE) {
                totals.duplicates++;
                continue;
            }
            totals.reverified++;
            InboxRow row = r.row();
            Verdict verdict = r.verdict();
            verified.add(new InboxRow(row.id(), row.source(), verdict.channel(), verdict.shopId(), verdict.gateway(),
                    verdict.messageId(), row.receivedAt(), row.headers(), row.body(), InboxState.VERIFIED, null, 0));
        }
        totals.processed.add(processor.process(verified, LocalDateTime.now(clock)));
        return rows.get(rows.size() - 1).id();
    }

    private static final class Totals {
        int examined;
        int reverified;
        int duplicates;
        final InboxProcessor.Counts processed = new InboxProcessor.Counts();
        final Map<InboxReason, Integer> stillFailing = new EnumMap<>(InboxReason.class);
    }
}
