package io.orderhub.monitor.consistency.repair;

import io.orderhub.common.job.RunLog;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.LockedOrder;
import io.orderhub.common.persistence.OrderAuditEntry;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.refetch.RefetchRequest;
import io.orderhub.common.refetch.RefetchRequests;
import io.orderhub.monitor.consistency.check.CheckName;
import io.orderhub.monitor.consistency.finding.FindingStore;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * REFUND {@code refund_state}: the ledger refunded the whole payment, our order is not REFUNDED. Marked refunded only
 * when the channel says so too — and our order is the channel's record as last synced, so the channel's word is
 * taken fresh: the repair first asks for a re-fetch ({@code refetch_request}, drained by job-sync's
 * {@code orderRefetch}); when that is done it judges, once, what the platform reported:
 * <ul>
 * <li>REFUNDED and our order still not (the version guard kept the re-fetched copy out: the platform did not move
 * its modified time) → {@link OrderWriter#markRefunded} (history and order event {@code <channel>.REFUNDED}, source
 * RECONCILE), audited {@code MARK_REFUNDED APPLIED}, the finding RESOLVED
 * by {@code repair:REFUND};</li>
 * <li>REFUNDED and our order now too (the re-fetch wrote it) → nothing; the next run auto-resolves the finding;</li>
 * <li>anything else (the channel does not say refunded, or the re-fetch failed) → audited {@code REFUSED}: only one
 * side says refunded; the finding stays open for a person.</li>
 * </ul>
 */
public class MarkRefundedRepair implements SafeRepair {

    private static final String OPERATOR = SafeRepair.operator(CheckName.REFUND);

    private final JdbcTemplate jdbc;
    private final RefetchRequests requests;
    private final OrderWriter writer;
    private final FindingStore findings;
    private final TransactionTemplate transactions;
    private final int perRun;

    public MarkRefundedRepair(JdbcTemplate jdbc, RefetchRequests requests, OrderWriter writer, FindingStore findings,
            TransactionTemplate transactions, int perRun) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.writer = writer;
        this.findings = findings;
        this.transactions = transactions;
        this.perRun = perRun;
    }

    private enum Decision { ASKED, WAITING, APPLIED, REFUSED, NOTHING }

    @Override
    public CheckName check() {
        return CheckName.REFUND;
    }

    @Override
    public int apply(String runId, LocalDateTime at, RunLog log) {
        List<RepairCandidate> candidates = RepairCandidate.seenBy(jdbc, runId, CheckName.REFUND.name(),
                List.of("refund_state"), " AND NOT EXISTS (SELECT 1 FROM refetch_request r WHERE r.finding_id = f.id"
                        + " AND r.judged_at IS NOT NULL)", perRun);
        int[] decided = new int[Decision.values().length];
        for (RepairCandidate candidate : candidates) {
            decided[transactions.execute(status -> decide(candidate, runId, at)).ordinal()]++;
        }
        if (!candidates.isEmpty()) {
            log.line("repair REFUND refund_state: {} marked refunded, {} refused (the channel does not say refunded),"
                            + " {} re-fetch(es) asked, {} awaiting orderRefetch, {} refunded by the re-fetch itself",
                    decided[Decision.APPLIED.ordinal()], decided[Decision.REFUSED.ordinal()],
                    decided[Decision.ASKED.ordinal()], decided[Decision.WAITING.ordinal()],
                    decided[Decision.NOTHING.ordinal()]);
        }
        return decided[Decision.APPLIED.ordinal()];
    }

    private Decision decide(RepairCandidate candidate, String runId, LocalDateTime at) {
        Optional<RefetchRequest> refetch = requests.ofFinding(candidate.findingId());
        if (refetch.isEmpty()) {
            String reason = "the ledger refunded the whole payment (" + candidate.theirValue()
                    + "): the channel's word is needed before marking the order refunded";
            requests.request(candidate.channel(), candidate.platformOrderId(), candidate.shopId(), OPERATOR, reason,
                    candidate.findingId(), at);
            writer.audit(new OrderAuditEntry(candidate.channel(), candidate.auditShop(), candidate.platformOrderId(),
                    "REFETCH_REQUESTED", OPERATOR, at, "APPLIED", reason, candidate.evidence(runId), null, null));
            return Decision.ASKED;
        }
        RefetchRequest request = refetch.get();
        if ("OPEN".equals(request.state())) {
            return Decision.WAITING;
        }
        requests.judged(request.id(), at);
        Optional<LockedOrder> locked = writer.lockForPayment(candidate.channel(), candidate.shopId(),
                candidate.platformOrderId());
        if (locked.isEmpty()) {
            return Decision.NOTHING;
        }
        String evidence = candidate.evidence(runId, "ledgerRefunded", candidate.theirValue(), "refetchRequest",
                String.valueOf(request.id()), "refetchOutcome", request.outcome(), "channelRefundState",
                request.channelRefundState());
        boolean channelSaysRefunded = "DONE".equals(request.state()) && "REFUNDED".equals(request.channelRefundState());
        if (!channelSaysRefunded) {
            writer.audit(new OrderAuditEntry(candidate.channel(), candidate.shopId(), candidate.platformOrderId(),
                    "MARK_REFUNDED", OPERATOR, at, "REFUSED", "only the ledger says refunded; the channel's re-fetch: "
                    + request.outcome() + " " + request.channelRefundState(), evidence, candidate.ourValue(), null));
            return Decision.REFUSED;
        }
        if (!writer.markRefunded(locked.get(), StatusSource.RECONCILE)) {
            return Decision.NOTHING;
        }
        writer.audit(new OrderAuditEntry(candidate.channel(), candidate.shopId(), candidate.platformOrderId(),
                "MARK_REFUNDED", OPERATOR, at, "APPLIED", "the channel and the ledger both say refunded", evidence,
                candidate.ourValue(), "REFUNDED"));
        findings.resolveByRepair(candidate.findingId(), OPERATOR, at, "marked refunded through OrderWriter");
        return Decision.APPLIED;
    }
}
