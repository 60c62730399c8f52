package io.orderhub.report.publish;

import io.orderhub.report.health.DurationStats;
import io.orderhub.report.health.FulfilmentCell;
import java.util.Optional;

/** A row of the page's "latest-shipping cells" table, with its figures as people read them. */
public record WorstFulfilmentRow(String channel, String day, String sku, String title, long lines, long late,
        String lateShare, String p50) {

    static WorstFulfilmentRow of(FulfilmentCell cell) {
        return new WorstFulfilmentRow(cell.channel(), cell.day().toString(), cell.sku(), cell.title(), cell.lines(),
                cell.late(), Figures.percent(Optional.of((double) cell.late() / cell.lines())),
                Figures.duration(cell.paidToShipped().map(DurationStats::p50Seconds)));
    }
}
