package io.orderhub.monitor.consistency.repair;

import io.orderhub.common.job.RunLog;
import io.orderhub.common.persistence.OrderAuditEntry;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.refetch.RefetchRequests;
import io.orderhub.monitor.consistency.check.CheckName;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-fetch an order whose record drifted (STATUS_DRIFT {@code wms_shipped}) or that we lack (MISSING_HERE): job-monitor
 * has no channel adapters, so the repair asks job-sync through the database — a {@code refetch_request} row that
 * the {@code orderRefetch} handler drains (fetch the detail through the adapter, write through {@code OrderWriter},
 * whose version guard decides). A later run no longer sees the difference and auto-resolves the finding.
 *
 * <p>One request per finding (a finding whose re-fetch did not settle it is a person's), one open request per order
 * (the table's unique key), at most {@code perRun} requests a run; each request is audited in {@code order_audit}
 * (action {@code REFETCH_REQUESTED}) in its transaction. It changes no order itself, so it counts none as repaired.
 */
public class OrderRefetchRepair implements SafeRepair {

    private final CheckName check;
    private final List<String> fields;
    private final JdbcTemplate jdbc;
    private final RefetchRequests requests;
    private final OrderWriter writer;
    private final TransactionTemplate transactions;
    private final int perRun;

    public OrderRefetchRepair(CheckName check, List<String> fields, JdbcTemplate jdbc, RefetchRequests requests,
            OrderWriter writer, TransactionTemplate transactions, int perRun) {
        this.check = check;
        this.fields = List.copyOf(fields);
        this.jdbc = jdbc;
        this.requests = requests;
        this.writer = writer;
        this.transactions = transactions;
        this.perRun = perRun;
    }

    @Override
    public CheckName check() {
        return check;
    }

    @Override
    public int apply(String runId, LocalDateTime at, RunLog log) {
        List<RepairCandidate> candidates = RepairCandidate.seenBy(jdbc, runId, check.name(), fields,
                " AND NOT EXISTS (SELECT 1 FROM refetch_request r WHERE r.finding_id = f.id)", perRun);
        int requested = 0;
        for (RepairCandidate candidate : candidates) {
            if (Boolean.TRUE.equals(transactions.execute(status -> request(candidate, runId, at)))) {
                requested++;
            }
        }
        if (!candidates.isEmpty()) {
            log.line("repair {} {}: {} re-fetch request(s) for orderRefetch, {} already open (at most {} a run)",
                    check, fields, requested, candidates.size() - requested, perRun);
        }
        return 0;
    }

    private boolean request(RepairCandidate candidate, String runId, LocalDateTime at) {
        String operator = SafeRepair.operator(check);
        String reason = "consistency finding " + check + ": their value " + candidate.theirValue() + ", ours "
                + candidate.ourValue();
        if (!requests.request(candidate.channel(), candidate.platformOrderId(), candidate.shopId(), operator, reason,
                candidate.findingId(), at)) {
            return false;
        }
        writer.audit(new OrderAuditEntry(candidate.channel(), candidate.auditShop(), candidate.platformOrderId(),
                "REFETCH_REQUESTED", operator, at, "APPLIED", reason, candidate.evidence(runId), candidate.ourValue(),
                null));
        return true;
    }
}
