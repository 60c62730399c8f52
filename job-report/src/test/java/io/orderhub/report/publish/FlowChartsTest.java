package io.orderhub.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.health.FlowEdge;
import io.orderhub.report.health.Stage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowChartsTest {

    @Test
    void barsShowP50AndP95PerChannelInHoursAndNameEachChannelsBottleneck() {
        FlowCharts.Bars bars = FlowCharts.bars(SampleHealthReports.threeDays().flow());

        assertThat(bars.pairs()).containsExactly("CREATED → PAID", "PAID → SHIPPED");
        assertThat(bars.series()).extracting(s -> s.channel() + " " + s.statistic())
                .containsExactly("taobao p50", "taobao p95", "jd p50", "jd p95");
        assertThat(bars.series().get(3).hours()).containsExactly(800 / 3600.0, 48.0);
        assertThat(bars.bottlenecks()).containsEntry("taobao", "PAID → SHIPPED").containsEntry("jd", "PAID → SHIPPED");
    }

    @Test
    void aChannelWithoutAPairHasAGapNotZero() {
        FlowCharts.Bars bars = FlowCharts.bars(List.of(
                new FlowEdge("taobao", Stage.CREATED, Stage.PAID, 3, 60, 120, false),
                new FlowEdge("jd", Stage.PAID, Stage.SHIPPED, 2, 3600, 7200, true)));

        assertThat(bars.series().get(0).hours()).isEqualTo(Arrays.asList(60 / 3600.0, null));
        assertThat(bars.series().get(2).hours()).isEqualTo(Arrays.asList(null, 1.0));
    }

    @Test
    void withOnlyAllChannelEdgesTheBarsShowThem() {
        FlowCharts.Bars bars = FlowCharts.bars(List.of(new FlowEdge("*", Stage.PAID, Stage.SHIPPED, 2, 3600, 7200,
                true)));

        assertThat(bars.series()).extracting(FlowCharts.BarSeries::channel).containsExactly("*", "*");
        assertThat(bars.bottlenecks()).containsEntry("*", "PAID → SHIPPED");
    }

    @Test
    void theGraphHasEveryStageAsANodeAndTheAllChannelEdges() {
        FlowCharts.Graph graph = FlowCharts.graph(SampleHealthReports.threeDays().flow());

        assertThat(graph.channel()).isEqualTo("*");
        assertThat(graph.nodes()).extracting(FlowCharts.Node::name)
                .containsExactly("CREATED", "PAID", "HELD", "RELEASED", "REJECTED", "SHIPPED", "DELIVERED", "COMPLETED");
        assertThat(graph.nodes()).extracting(FlowCharts.Node::y).as("main line, hold detour, rejected below it")
                .containsExactly(0, 0, 120, 120, 240, 0, 0, 0);
        assertThat(graph.edges()).hasSize(6).filteredOn(FlowCharts.Edge::bottleneck).singleElement()
                .satisfies(e -> assertThat(e.source() + "→" + e.target()).isEqualTo("PAID→SHIPPED"));
    }
}
