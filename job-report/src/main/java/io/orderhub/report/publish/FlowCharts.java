package io.orderhub.report.publish;

import io.orderhub.report.health.FlowEdge;
import io.orderhub.report.health.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order-flow graph and the stage-duration bars, both from the flow edges (their p50/p95 are over the whole
 * range, exact, where the daily stage durations could only be averaged). The graph shows the all-channel edges
 * ({@code "*"}) when there are any, else the first channel's; the bars show every channel (or {@code "*"} alone
 * when the report has no per-channel edges).
 */
final class FlowCharts {

    static final String ALL_CHANNELS = "*";

    record Node(String name, int x, int y) {
    }

    record Edge(String source, String target, long orders, double p50Hours, double p95Hours, boolean bottleneck) {
    }

    record Graph(String channel, List<Node> nodes, List<Edge> edges) {
    }

    /**
     * The main line created → paid → shipped → delivered → completed at 0; held → released a detour below it;
     * rejected, where a rejected order's path ends, below the detour.
     */
    private static int row(Stage stage) {
        return switch (stage) {
            case HELD, RELEASED -> 120;
            case REJECTED -> 240;
            default -> 0;
        };
    }

    /** Bars: categories are stage pairs; two series (p50, p95) per channel, hours, null where a channel has none. */
    record Bars(List<String> pairs, List<BarSeries> series, Map<String, String> bottlenecks) {
    }

    record BarSeries(String channel, String statistic, List<Double> hours) {
    }

    private FlowCharts() {
    }

    static Graph graph(List<FlowEdge> flow) {
        String channel = flow.stream().anyMatch(e -> e.channel().equals(ALL_CHANNELS)) ? ALL_CHANNELS
                : flow.stream().map(FlowEdge::channel).findFirst().orElse(ALL_CHANNELS);
        List<Node> nodes = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            nodes.add(new Node(stage.name(), stage.ordinal() * 100, row(stage)));
        }
        List<Edge> edges = flow.stream().filter(e -> e.channel().equals(channel))
                .map(e -> new Edge(e.from().name(), e.to().name(), e.orders(), hours(e.p50Seconds()),
                        hours(e.p95Seconds()), e.bottleneck()))
                .toList();
        return new Graph(channel, nodes, edges);
    }

    /** Per channel; the all-channel edges only when the report has no channel's own. */
    static Bars bars(List<FlowEdge> flow) {
        boolean perChannel = flow.stream().anyMatch(e -> !e.channel().equals(ALL_CHANNELS));
        List<String> pairs = new ArrayList<>();
        Map<String, Map<String, FlowEdge>> byChannel = new LinkedHashMap<>();
        for (FlowEdge edge : flow) {
            if (perChannel && edge.channel().equals(ALL_CHANNELS)) {
                continue;
            }
            String pair = pair(edge);
            if (!pairs.contains(pair)) {
                pairs.add(pair);
            }
            byChannel.computeIfAbsent(edge.channel(), c -> new LinkedHashMap<>()).put(pair, edge);
        }
        List<BarSeries> series = new ArrayList<>();
        Map<String, String> bottlenecks = new LinkedHashMap<>();
        byChannel.forEach((channel, edges) -> {
            series.add(new BarSeries(channel, "p50", pairs.stream()
                    .map(p -> Optional.ofNullable(edges.get(p)).map(e -> hours(e.p50Seconds())).orElse(null))
                    .toList()));
            series.add(new BarSeries(channel, "p95", pairs.stream()
                    .map(p -> Optional.ofNullable(edges.get(p)).map(e -> hours(e.p95Seconds())).orElse(null))
                    .toList()));
            edges.values().stream().filter(FlowEdge::bottleneck).findFirst()
                    .ifPresent(e -> bottlenecks.put(channel, pair(e)));
        });
        return new Bars(pairs, series, bottlenecks);
    }

    static String pair(FlowEdge edge) {
        return edge.from().name() + " → " + edge.to().name();
    }

    private static double hours(long seconds) {
        return seconds / 3600.0;
    }
}
