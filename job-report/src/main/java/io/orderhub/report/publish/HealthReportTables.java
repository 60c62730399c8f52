package io.orderhub.report.publish;

import static io.orderhub.report.file.ReportTable.CellType.DATE;
import static io.orderhub.report.file.ReportTable.CellType.DECIMAL;
import static io.orderhub.report.file.ReportTable.CellType.DURATION_SECONDS;
import static io.orderhub.report.file.ReportTable.CellType.INTEGER;
import static io.orderhub.report.file.ReportTable.CellType.PERCENT;
import static io.orderhub.report.file.ReportTable.CellType.TEXT;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.common.stats.WilsonInterval;
import io.orderhub.report.file.ReportTable;
import io.orderhub.report.file.ReportTable.CellType;
import io.orderhub.report.file.ReportTable.ReportColumn;
import io.orderhub.report.health.DailyIndicators;
import io.orderhub.report.health.DurationStats;
import io.orderhub.report.health.FlowEdge;
import io.orderhub.report.health.FulfilmentCell;
import io.orderhub.report.health.HealthReport;
import io.orderhub.report.health.MaturityAssessment;
import io.orderhub.report.health.MaturityAssessment.MaturityDimension;
import io.orderhub.report.health.MaturityAssessment.MaturityPoint;
import io.orderhub.report.health.OnTimeShipping;
import io.orderhub.report.health.StageDuration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A health report as the tables of its XLSX workbook and CSV files. A figure that was not measured (no order due,
 * no sample, no shipment) is an empty cell next to a "measured" column that says why — never 0.
 */
public final class HealthReportTables {

    public static final String DAILY = "daily-indicators";
    public static final String STAGES = "stage-durations";
    public static final String FLOW = "flow-edges";
    public static final String FULFILMENT = "fulfilment";
    public static final String MATURITY = "maturity";

    private HealthReportTables() {
    }

    public static List<ReportTable> of(HealthReport report) {
        return List.of(daily(report.days()), stages(report.stages()), flow(report.flow()),
                fulfilment(report.fulfilment()), maturity(report.maturity()));
    }

    static ReportTable daily(List<DailyIndicators> days) {
        return table(DAILY, days, d -> {
            OnTimeShipping onTime = d.onTime();
            SampledProportion accuracy = d.accuracy();
            Optional<WilsonInterval> ci = accuracy.interval95();
            Optional<DurationStats> paid = d.paidToShipped();
            return Arrays.asList(d.day(), d.channel(), d.shopId(), d.orders(),
                    onTime.rate().orElse(null), onTime.due(), onTime.shippedOnTime(), onTime.shippedLate(),
                    onTime.unshippedLate(), onTime.excludedCancelled(), onTime.excludedRefunded(),
                    onTime.defaultPromiseUsed(),
                    accuracy.rate().orElse(null), accuracy.n(), ci.map(WilsonInterval::low).orElse(null),
                    ci.map(WilsonInterval::high).orElse(null), accuracy.measured() ? "measured"
                            : SampledProportion.NOT_MEASURED,
                    d.exceptionOrders(), d.exceptionRatio().orElse(null), d.refundedOrders(),
                    d.refundRate().orElse(null), paid.map(DurationStats::count).orElse(null),
                    paid.map(DurationStats::meanSeconds).orElse(null), paid.map(DurationStats::p50Seconds).orElse(null),
                    paid.map(DurationStats::p95Seconds).orElse(null), d.syncLagSeconds().orElse(null));
        }, col("day", DATE), col("channel", TEXT), col("shop", TEXT), col("orders", INTEGER),
                col("on-time shipping rate", PERCENT), col("due", INTEGER), col("shipped on time", INTEGER),
                col("shipped late", INTEGER), col("unshipped, late", INTEGER),
                col("excluded: cancelled before shipping", INTEGER),
                col("excluded: refunded before shipping", INTEGER), col("default promise used", INTEGER),
                col("state accuracy", PERCENT), col("accuracy sample size", INTEGER),
                col("accuracy 95% CI low", PERCENT), col("accuracy 95% CI high", PERCENT),
                col("accuracy measured", TEXT), col("exception orders", INTEGER), col("exception ratio", PERCENT),
                col("refunded orders", INTEGER), col("refund rate", PERCENT), col("shipped (paid→shipped)", INTEGER),
                col("paid→shipped mean", DURATION_SECONDS), col("paid→shipped p50", DURATION_SECONDS),
                col("paid→shipped p95", DURATION_SECONDS), col("sync lag", DURATION_SECONDS));
    }

    static ReportTable stages(List<StageDuration> stages) {
        return table(STAGES, stages, s -> Arrays.asList(s.day(), s.channel(), s.from().name(), s.to().name(),
                        s.durations().count(), s.durations().meanSeconds(), s.durations().p50Seconds(),
                        s.durations().p95Seconds(), s.bottleneck() ? "bottleneck" : ""),
                col("day", DATE), col("channel", TEXT), col("from stage", TEXT), col("to stage", TEXT),
                col("orders", INTEGER), col("mean", DURATION_SECONDS), col("p50", DURATION_SECONDS),
                col("p95", DURATION_SECONDS), col("bottleneck", TEXT));
    }

    static ReportTable flow(List<FlowEdge> edges) {
        return table(FLOW, edges, e -> Arrays.asList(e.channel(), e.from().name(), e.to().name(), e.orders(),
                        e.p50Seconds(), e.p95Seconds(), e.bottleneck() ? "bottleneck" : ""),
                col("channel", TEXT), col("from stage", TEXT), col("to stage", TEXT), col("orders", INTEGER),
                col("p50", DURATION_SECONDS), col("p95", DURATION_SECONDS), col("bottleneck", TEXT));
    }

    static ReportTable fulfilment(List<FulfilmentCell> cells) {
        return table(FULFILMENT, cells, f -> {
            Optional<DurationStats> paid = f.paidToShipped();
            return Arrays.asList(f.channel(), f.day(), f.sku(), f.title(), f.lines(), f.shipped(), f.late(),
                    f.lines() == 0 ? null : (double) f.late() / f.lines(), paid.map(DurationStats::p50Seconds)
                            .orElse(null), paid.map(DurationStats::p95Seconds).orElse(null));
        }, col("channel", TEXT), col("day paid", DATE), col("SKU", TEXT), col("title", TEXT), col("lines", INTEGER),
                col("shipped", INTEGER), col("late", INTEGER), col("late share", PERCENT),
                col("paid→shipped p50", DURATION_SECONDS), col("paid→shipped p95", DURATION_SECONDS));
    }

    static ReportTable maturity(Optional<MaturityAssessment> assessment) {
        List<List<Object>> rows = new ArrayList<>();
        assessment.ifPresent(a -> {
            for (MaturityDimension dimension : a.dimensions()) {
                for (MaturityPoint point : dimension.points()) {
                    rows.add(Arrays.asList(dimension.name(), point.measure(), point.figure(), point.threshold(),
                            point.achieved() ? 1 : 0, point.achieved() ? "" : point.action()));
                }
            }
            rows.add(Arrays.asList("total", a.band(), null, null, a.total(), String.join(" | ", a.topActions())));
        });
        return new ReportTable(MATURITY, List.of(col("dimension", TEXT), col("measure", TEXT), col("figure", TEXT),
                col("threshold", TEXT), col("points", INTEGER), col("action", TEXT)), rows);
    }

    private static <T> ReportTable table(String name, List<T> items, Function<T, List<Object>> row,
            ReportColumn... columns) {
        return new ReportTable(name, List.of(columns), items.stream().map(row).toList());
    }

    private static ReportColumn col(String header, CellType type) {
        return new ReportColumn(header, type);
    }
}
