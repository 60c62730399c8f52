package io.orderhub.report.publish;

import io.orderhub.report.health.DailyIndicators;
import io.orderhub.report.health.DurationStats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The trend charts' data: one chart per indicator, one line per channel × shop, one point per day of the range. A
 * day without the figure (no order due, no sample, no shop row that day) is {@code null}, a gap in the line that
 * the tooltip calls "not measured" — never 0.
 */
final class TrendCharts {

    /** unit: "percent" (a fraction), "count", "hours" or "minutes". */
    record Trend(String key, String title, String unit, List<Line> lines) {
    }

    record Line(String name, List<Double> values) {
    }

    private record Indicator(String key, String title, String unit, Function<DailyIndicators, Optional<Double>> figure) {
    }

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("orders", "Orders (created per day)", "count", d -> Optional.of((double) d.orders())),
            new Indicator("on-time", "On-time shipping rate (准时发货率)", "percent", d -> d.onTime().rate()),
            new Indicator("accuracy", "State accuracy (状态准确率)", "percent", d -> d.accuracy().rate()),
            new Indicator("exceptions", "Exception ratio (异常占比)", "percent", DailyIndicators::exceptionRatio),
            new Indicator("refunds", "Refund rate", "percent", DailyIndicators::refundRate),
            new Indicator("paid-shipped-p50", "Paid → shipped p50 (订单处理时长)", "hours",
                    d -> d.paidToShipped().map(s -> s.p50Seconds() / 3600.0)),
            new Indicator("paid-shipped-p95", "Paid → shipped p95", "hours",
                    d -> d.paidToShipped().map(DurationStats::p95Seconds).map(s -> s / 3600.0)),
            new Indicator("sync-lag", "Sync lag at the end of the day", "minutes",
                    d -> d.syncLagSeconds().map(s -> s / 60.0)));

    private TrendCharts() {
    }

    static List<Trend> of(List<LocalDate> dates, List<DailyIndicators> days) {
        Map<LocalDate, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            position.put(dates.get(i), i);
        }
        List<Trend> trends = new ArrayList<>();
        for (Indicator indicator : INDICATORS) {
            Map<String, Double[]> lines = new LinkedHashMap<>();
            for (DailyIndicators day : days) {
                Integer at = position.get(day.day());
                if (at == null) {
                    continue;
                }
                Double[] values = lines.computeIfAbsent(day.channel() + " · " + day.shopId(),
                        name -> new Double[dates.size()]);
                values[at] = indicator.figure().apply(day).orElse(null);
            }
            List<Line> series = new ArrayList<>();
            lines.forEach((name, values) -> series.add(new Line(name, Arrays.asList(values))));
            trends.add(new Trend(indicator.key(), indicator.title(), indicator.unit(), series));
        }
        return trends;
    }
}
