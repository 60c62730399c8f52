package io.orderhub.report.health;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything one health report shows, read back from the indicator tables for a date range: the daily figures per
 * channel × shop, the stage durations and the order-flow edges per channel, the fulfilment cells (channel × day ×
 * SKU) and the maturity assessment. Renderers (HTML, XLSX, CSV) and the delivery summary read only this.
 *
 * @param generatedAt GMT+8 wall clock
 * @param maturity    empty when the assessment was not computed for this report
 */
public record HealthReport(LocalDate from, LocalDate to, LocalDateTime generatedAt, List<DailyIndicators> days,
        List<StageDuration> stages, List<FlowEdge> flow, List<FulfilmentCell> fulfilment,
        Optional<MaturityAssessment> maturity) {

    public HealthReport {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        days = List.copyOf(days);
        stages = List.copyOf(stages);
        flow = List.copyOf(flow);
        fulfilment = List.copyOf(fulfilment);
    }
}
