package io.orderhub.monitor.consistency;

import io.orderhub.common.job.JobContext;
import io.orderhub.monitor.consistency.check.CheckName;
import io.orderhub.monitor.consistency.check.ConsistencyCheck;
import io.orderhub.monitor.consistency.check.Finding;
import io.orderhub.monitor.consistency.check.OrderChunk;
import io.orderhub.monitor.consistency.finding.FindingStore;
import io.orderhub.monitor.consistency.repair.SafeRepair;
import io.orderhub.monitor.consistency.source.ExternalSources;
import io.orderhub.monitor.watch.FiringAlerts;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@code consistencyCheck}: stages the external records (shard 0 of a broadcast: CSV files dropped since the last
 * run, configured queries on this server and on others), then walks this shard's order-number ranges, running every selected check's set-based
 * rules on each range, recording what they find and auto-resolving the open findings of that range they no longer
 * see, then makes the opt-in safe repairs of what it saw, and finally reconciles the summary alerts.
 */
public class ConsistencyRun {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final List<ConsistencyCheck> checks;
    private final OrderChunks chunks;
    private final FindingStore findings;
    private final ConsistencyAlerts alerts;
    private final ExternalSources sources;
    private final List<SafeRepair> repairs;
    private final int chunkSize;
    private final Clock clock;

    public ConsistencyRun(JdbcTemplate jdbc, List<ConsistencyCheck> checks, FindingStore findings,
            ConsistencyAlerts alerts, ExternalSources sources, List<SafeRepair> repairs, int chunkSize, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.checks = List.copyOf(checks);
        this.chunks = new OrderChunks(jdbc);
        this.findings = findings;
        this.alerts = alerts;
        this.sources = sources;
        this.repairs = List.copyOf(repairs);
        this.chunkSize = chunkSize;
        this.clock = clock;
    }

    /** What one run saw, per check. */
    public record Outcome(String runId, int ranges, Map<CheckName, Integer> seen, int autoResolved, int repaired,
            FiringAlerts.Outcome alerts) {
    }

    public String run(ConsistencyCheckRequest request, JobContext context) {
        Outcome outcome = check(request, context);
        StringBuilder summary = new StringBuilder("run ").append(outcome.runId()).append(" shard ")
                .append(context.shard()).append(" ranges=").append(outcome.ranges());
        outcome.seen().forEach((check, count) -> summary.append(' ').append(check).append('=').append(count));
        return summary.append(" autoResolved=").append(outcome.autoResolved()).append(" repaired=")
                .append(outcome.repaired()).append(" alerts ")
                .append(outcome.alerts()).toString();
    }

    public Outcome check(ConsistencyCheckRequest request, JobContext context) {
        String runId = UUID.randomUUID().toString();
        // Millisecond precision, as DATETIME(3) stores it: a finding seen now compares equal, never "before".
        LocalDateTime startedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        long stagingStarted = System.nanoTime();
        if (context.shard().index() == 0) {
            sources.stage(context.log());
        }
        context.log().line("sources staged in staging_ms={}", (System.nanoTime() - stagingStarted) / 1_000_000);
        long checksStarted = System.nanoTime();
        Set<CheckName> selected = request.checkNames();
        List<ConsistencyCheck> running = checks.stream()
                .filter(c -> selected.contains(c.name()) && c.covers(request.scope())).toList();
        Set<CheckName> judged = running.stream().map(ConsistencyCheck::name)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CheckName.class)));
        checks.stream().filter(c -> selected.contains(c.name()) && !judged.contains(c.name())).forEach(c ->
                context.log().line("{} skipped: it cannot judge a run limited to shops or creation times", c.name()));
        List<OrderChunk> ranges = chunks.plan(request.scope(), chunkSize, context.shard());
        context.log().line("run {} checks={} scope channels={} shops={} from={} to={} (GMT+8): {} order range(s)"
                        + " of up to {} orders on shard {}", runId, selected, request.channels(), request.shops(),
                request.from(), request.to(), ranges.size(), chunkSize, context.shard());
        Map<CheckName, Integer> seen = new EnumMap<>(CheckName.class);
        selected.forEach(check -> seen.put(check, 0));
        int resolved = 0;
        for (OrderChunk range : ranges) {
            List<Finding> found = new ArrayList<>();
            for (ConsistencyCheck check : running) {
                List<Finding> ofCheck = check.find(named, range);
                seen.merge(check.name(), ofCheck.size(), Integer::sum);
                found.addAll(ofCheck);
            }
            findings.record(found, runId, startedAt);
            if (!judged.isEmpty()) {
                resolved += findings.autoResolve(judged, range, startedAt);
            }
        }
        List<FindingStore.NewFindings> opened = findings.newFindings(runId);
        seen.forEach((check, count) -> context.log().line("{}: {} finding(s) seen, {} new", check, count,
                opened.stream().filter(n -> n.check() == check).mapToInt(FindingStore.NewFindings::count).sum()));
        opened.forEach(n -> context.log().line("new {} {} findings in {}/{}: {}", n.severity(), n.check(),
                n.channel(), n.shopId(), n.count()));
        context.log().line("auto-resolved (no longer seen): {}; checks_ms={}", resolved,
                (System.nanoTime() - checksStarted) / 1_000_000);
        int repaired = 0;
        for (SafeRepair repair : repairs) {
            if (selected.contains(repair.check())) {
                repaired += repair.apply(runId, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), context.log());
            }
        }
        FiringAlerts.Outcome alerted = context.shard().index() == 0 ? alerts.reconcile(selected, request)
                : new FiringAlerts.Outcome(0, 0, 0);
        return new Outcome(runId, ranges.size(), seen, resolved, repaired, alerted);
    }
}
