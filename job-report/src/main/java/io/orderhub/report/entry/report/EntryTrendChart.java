package io.orderhub.report.entry.report;

import io.orderhub.report.file.ReportTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of the 30-day trend's line chart, from the trend table's rows (day, entries, findings, entries with
 * errors as a fraction): one point per calendar day of the window, {@code null} where a day has no report (the
 * line breaks there instead of drawing a zero nobody measured).
 */
public record EntryTrendChart(List<String> days, List<Long> findings, List<BigDecimal> errorRates) {

    static EntryTrendChart of(LocalDate lastDay, int dayCount, ReportTable trend) {
        Map<LocalDate, List<?>> byDay = new HashMap<>();
        for (List<?> row : trend.rows()) {
            byDay.put((LocalDate) row.get(0), row);
        }
        List<String> days = new ArrayList<>(dayCount);
        List<Long> findings = new ArrayList<>(dayCount);
        List<BigDecimal> rates = new ArrayList<>(dayCount);
        for (LocalDate day = lastDay.minusDays(dayCount - 1L); !day.isAfter(lastDay); day = day.plusDays(1)) {
            List<?> row = byDay.get(day);
            days.add(day.toString());
            findings.add(row == null ? null : ((Number) row.get(2)).longValue());
            rates.add(row == null ? null : (BigDecimal) row.get(3));
        }
        return new EntryTrendChart(days, findings, rates);
    }
}
