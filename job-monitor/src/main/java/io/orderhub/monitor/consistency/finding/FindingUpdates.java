package io.orderhub.monitor.consistency.finding;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.monitor.consistency.finding.FindingUpdateRequest.FindingAction;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An operator acknowledges (NEW → ACKNOWLEDGED) or resolves (NEW/ACKNOWLEDGED → RESOLVED) a finding by id, with
 * a reason; every change is audited in {@code consistency_finding_audit} in the same transaction. A resolved finding
 * frees its open key, so a later run that still sees the difference opens a new finding.
 */
public class FindingUpdates {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public FindingUpdates(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    public String run(FindingUpdateRequest request, JobContext context) {
        String summary = transactions.execute(status -> apply(request));
        context.log().line("finding {}: {}", request.id(), summary);
        return summary;
    }

    private String apply(FindingUpdateRequest request) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> states = jdbc.queryForList("SELECT state FROM consistency_finding WHERE id = ? FOR UPDATE",
                String.class, request.id());
        if (states.isEmpty()) {
            throw new JobFailure("FINDING_UNKNOWN", "id: no finding " + request.id(), false);
        }
        String from = states.get(0);
        String to = request.action() == FindingAction.ACKNOWLEDGE ? "ACKNOWLEDGED" : "RESOLVED";
        boolean allowed = request.action() == FindingAction.ACKNOWLEDGE ? "NEW".equals(from)
                : "NEW".equals(from) || "ACKNOWLEDGED".equals(from);
        if (!allowed) {
            throw new JobFailure("FINDING_STATE", "action: finding " + request.id() + " is " + from + "; "
                    + request.action() + " applies to " + (request.action() == FindingAction.ACKNOWLEDGE ? "NEW"
                    : "NEW or ACKNOWLEDGED") + " findings", false);
        }
        if (request.action() == FindingAction.ACKNOWLEDGE) {
            jdbc.update("UPDATE consistency_finding SET state = 'ACKNOWLEDGED', acknowledged_by = ?,"
                    + " acknowledged_at = ? WHERE id = ?", request.operator(), now, request.id());
        } else {
            jdbc.update("UPDATE consistency_finding SET state = 'RESOLVED', open_key = NULL, closed_by = ?,"
                    + " closed_at = ?, close_reason = ? WHERE id = ?", request.operator(), now, request.reason(),
                    request.id());
        }
        jdbc.update("INSERT INTO consistency_finding_audit (finding_id, action, from_state, to_state, operator, reason,"
                + " acted_at) VALUES (?, ?, ?, ?, ?, ?, ?)", request.id(), request.action().name(), from, to,
                request.operator(), request.reason(), now);
        return from + " -> " + to + " by " + request.operator();
    }
}
