package io.orderhub.report.indicators;

import io.orderhub.report.health.FlowEdge;
import io.orderhub.report.health.HealthReport;
import io.orderhub.report.health.Stage;
import io.orderhub.report.health.StageDuration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the indicator tables back for a range into a {@link HealthReport} (maturity left empty: the handler asks the
 * assessor). Flow edges merge the daily stage histograms over the range — per channel and for all channels
 * together ({@code "*"}) — so their p50/p95 are true percentiles of the range; the bottleneck of a channel is its
 * stage pair with the largest range p95, marked on its edge and on its daily stage rows.
 */
public class HealthReportReader {

    public static final String ALL_CHANNELS = "*";

    private final IndicatorStore store;

    public HealthReportReader(IndicatorStore store) {
        this.store = store;
    }

    public HealthReport read(LocalDate from, LocalDate to, LocalDateTime generatedAt) {
        List<StageRow> stageRows = store.readStages(from, to);
        Map<String, Map<Pair, DurationTally>> merged = new LinkedHashMap<>();
        for (StageRow row : stageRows) {
            Pair pair = new Pair(row.key().from(), row.key().to());
            for (String channel : List.of(row.key().channel(), ALL_CHANNELS)) {
                merged.computeIfAbsent(channel, c -> new HashMap<>())
                        .computeIfAbsent(pair, p -> new DurationTally()).add(row.durations());
            }
        }
        Map<String, Pair> bottlenecks = new HashMap<>();
        merged.forEach((channel, pairs) -> pairs.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<Pair, DurationTally> e) -> e.getValue().percentile(95)))
                .ifPresent(e -> bottlenecks.put(channel, e.getKey())));
        List<FlowEdge> flow = new ArrayList<>();
        merged.forEach((channel, pairs) -> pairs.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Pair, DurationTally> e) -> e.getKey().from())
                        .thenComparing(e -> e.getKey().to()))
                .forEach(e -> flow.add(new FlowEdge(channel, e.getKey().from(), e.getKey().to(),
                        e.getValue().count(), e.getValue().percentile(50), e.getValue().percentile(95),
                        e.getKey().equals(bottlenecks.get(channel))))));
        flow.sort(Comparator.comparing(FlowEdge::channel).thenComparing(FlowEdge::from).thenComparing(FlowEdge::to));
        List<StageDuration> stages = stageRows.stream()
                .map(row -> new StageDuration(row.key().day(), row.key().channel(), row.key().from(), row.key().to(),
                        row.durations().stats().orElseThrow(),
                        new Pair(row.key().from(), row.key().to()).equals(bottlenecks.get(row.key().channel()))))
                .toList();
        return new HealthReport(from, to, generatedAt, store.readDaily(from, to), stages, flow,
                store.readFulfilment(from, to), Optional.empty());
    }

    private record Pair(Stage from, Stage to) {
    }
}
