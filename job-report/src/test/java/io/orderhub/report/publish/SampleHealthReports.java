package io.orderhub.report.publish;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.report.health.DailyIndicators;
import io.orderhub.report.health.DurationStats;
import io.orderhub.report.health.FlowEdge;
import io.orderhub.report.health.FulfilmentCell;
import io.orderhub.report.health.HealthReport;
import io.orderhub.report.health.MaturityAssessment;
import io.orderhub.report.health.MaturityAssessment.MaturityDimension;
import io.orderhub.report.health.MaturityAssessment.MaturityPoint;
import io.orderhub.report.health.OnTimeShipping;
import io.orderhub.report.health.Stage;
import io.orderhub.report.health.StageDuration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Health reports as the renderers get them: two channels, a shop with a Chinese name, a shop and a SKU title that
 * are hostile to HTML and to spreadsheets, a day without samples ("not measured"), a bottleneck.
 */
final class SampleHealthReports {

    static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 3);
    static final String CHINESE_SHOP = "旗舰店-杭州";
    static final String HOSTILE_SHOP = "</script><script>alert('x')</script>\"&<!--";
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"点我\")";

    private SampleHealthReports() {
    }

    static HealthReport threeDays() {
        List<DailyIndicators> days = new ArrayList<>();
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            int i = day.getDayOfMonth();
            days.add(new DailyIndicators(day, "taobao", CHINESE_SHOP, 100 + i,
                    new OnTimeShipping(90 + i, 5, 2, 3, 1, 4), new SampledProportion(48, 50), 3, 2,
                    Optional.of(new DurationStats(95, 7200.5, 6000, 30_000)), Optional.of(120L)));
            // The hostile shop: nothing due, no sample, nothing shipped on the first day.
            boolean first = day.equals(FROM);
            days.add(new DailyIndicators(day, "jd", HOSTILE_SHOP, first ? 0 : 40,
                    first ? new OnTimeShipping(0, 0, 0, 0, 0, 0) : new OnTimeShipping(30, 8, 2, 0, 0, 40),
                    new SampledProportion(0, 0), first ? 0 : 4, 0,
                    first ? Optional.empty() : Optional.of(new DurationStats(38, 90_000, 86_000, 172_800)),
                    Optional.empty()));
        }
        List<StageDuration> stages = List.of(
                new StageDuration(FROM, "taobao", Stage.CREATED, Stage.PAID, new DurationStats(100, 300, 120, 900),
                        false),
                new StageDuration(FROM, "taobao", Stage.PAID, Stage.SHIPPED,
                        new DurationStats(95, 7200, 6000, 30_000), true));
        List<FlowEdge> flow = List.of(
                new FlowEdge("*", Stage.CREATED, Stage.PAID, 420, 120, 900, false),
                new FlowEdge("*", Stage.PAID, Stage.HELD, 12, 60, 600, false),
                new FlowEdge("*", Stage.HELD, Stage.RELEASED, 11, 3600, 14_400, false),
                new FlowEdge("*", Stage.RELEASED, Stage.SHIPPED, 11, 7200, 20_000, false),
                new FlowEdge("*", Stage.PAID, Stage.SHIPPED, 380, 6000, 90_000, true),
                new FlowEdge("*", Stage.SHIPPED, Stage.DELIVERED, 350, 120_000, 259_200, false),
                new FlowEdge("taobao", Stage.CREATED, Stage.PAID, 303, 120, 900, false),
                new FlowEdge("taobao", Stage.PAID, Stage.SHIPPED, 290, 6000, 30_000, true),
                new FlowEdge("jd", Stage.CREATED, Stage.PAID, 117, 100, 800, false),
                new FlowEdge("jd", Stage.PAID, Stage.SHIPPED, 90, 86_000, 172_800, true));
        List<FulfilmentCell> fulfilment = List.of(
                new FulfilmentCell("taobao", FROM, "SKU-001", "保温杯 500ml", 60, 58, 3,
                        Optional.of(new DurationStats(58, 7000, 6000, 20_000))),
                new FulfilmentCell("jd", TO, "SKU-002", FORMULA_TITLE, 20, 10, 12,
                        Optional.of(new DurationStats(10, 90_000, 86_000, 172_800))),
                new FulfilmentCell("jd", TO, "SKU-003", HOSTILE_SHOP, 5, 0, 5, Optional.empty()));
        return new HealthReport(FROM, TO, LocalDateTime.of(2026, 12, 4, 6, 0), days, stages, flow, fulfilment,
                Optional.of(maturity()));
    }

    static HealthReport withoutData() {
        return new HealthReport(FROM, FROM, LocalDateTime.of(2026, 12, 2, 6, 0), List.of(), List.of(), List.of(),
                List.of(), Optional.empty());
    }

    private static MaturityAssessment maturity() {
        List<MaturityDimension> dimensions = new ArrayList<>();
        for (String name : List.of("automation", "data consistency", "exception handling", "extensibility")) {
            List<MaturityPoint> points = new ArrayList<>();
            for (int p = 1; p <= 5; p++) {
                boolean measured = !(name.equals("data consistency") && p == 5);
                points.add(new MaturityPoint(name + " measure " + p, measured ? (80 + p) + " %"
                        : SampledProportion.NOT_MEASURED, "≥ " + (80 + 2 * p) + " %", measured && p <= 3,
                        "raise " + name + " " + p));
            }
            dimensions.add(new MaturityDimension(name, points));
        }
        return new MaturityAssessment(dimensions, "intermediate",
                List.of("raise automation 4", "raise data consistency 5", "raise extensibility 4"));
    }
}
