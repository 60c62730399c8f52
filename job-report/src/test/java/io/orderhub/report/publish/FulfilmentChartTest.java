package io.orderhub.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.health.FulfilmentCell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FulfilmentChartTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void theHeatmapKeepsTheRowsWithTheMostLateLines() {
        List<FulfilmentCell> cells = new ArrayList<>();
        for (int sku = 0; sku < 100; sku++) {
            cells.add(new FulfilmentCell("taobao", DAY, "SKU-" + sku, "t", 100, 100, sku, Optional.empty()));
        }

        FulfilmentChart.Heatmap heatmap = FulfilmentChart.heatmap(List.of(DAY), cells);

        assertThat(heatmap.totalRows()).isEqualTo(100);
        assertThat(heatmap.rows()).hasSize(FulfilmentChart.HEATMAP_ROWS).first().isEqualTo("taobao · SKU-99 t");
        assertThat(heatmap.rows()).last().isEqualTo("taobao · SKU-60 t");
        assertThat(heatmap.points()).hasSize(FulfilmentChart.HEATMAP_ROWS)
                .allSatisfy(p -> assertThat(p.lateShare()).isGreaterThanOrEqualTo(0.6));
    }

    @Test
    void cellsOutsideTheRangeOrWithoutLinesAreLeftOut() {
        List<FulfilmentCell> cells = List.of(
                new FulfilmentCell("jd", DAY.minusDays(1), "A", "a", 5, 5, 1, Optional.empty()),
                new FulfilmentCell("jd", DAY, "B", "b", 0, 0, 0, Optional.empty()),
                new FulfilmentCell("jd", DAY, "C", "c", 4, 0, 4, Optional.empty()));

        FulfilmentChart.Heatmap heatmap = FulfilmentChart.heatmap(List.of(DAY), cells);

        assertThat(heatmap.rows()).containsExactly("jd · C c");
        assertThat(heatmap.points()).singleElement().satisfies(p -> {
            assertThat(p.lateShare()).isEqualTo(1.0);
            assertThat(p.p50Hours()).as("nothing shipped: not measured").isNull();
        });
    }
}
