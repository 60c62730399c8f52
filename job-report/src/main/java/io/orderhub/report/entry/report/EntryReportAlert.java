package io.orderhub.report.entry.report;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.alert.Severity;
import io.orderhub.report.entry.EntryFindingType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The team lead's summary of a day through the alerting core: alert {@code EntryErrorReport} labelled with the day
 * and {@code team=entries} (route it to the lead's receiver with {@code oms.alert.routing}); INFO, or WARNING when
 * more than {@code warnRate} of the entries had an error. The previous day's notice is resolved, so a receiver shows
 * only the latest one. Counts and error types only: no entered values, no buyer data.
 */
public class EntryReportAlert {

    static final String NAME = "EntryErrorReport";
    private final AlertSink sink;
    private final Clock clock;
    private final double warnRate;

    public EntryReportAlert(AlertSink sink, Clock clock, double warnRate) {
        this.sink = sink;
        this.clock = clock;
        this.warnRate = warnRate;
    }

    public void post(EntryDayCheck.DayResult day, List<String> reportNames) {
        double rate = day.entries() == 0 ? 0 : (double) day.findings() / day.entries();
        String top = day.byType().entrySet().stream()
                .sorted(Map.Entry.<EntryFindingType, Long>comparingByValue().reversed()).limit(5)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        String summary = "entry errors " + day.day() + ": " + day.findings() + " finding(s) in " + day.entries()
                + " entries";
        String details = "most frequent: " + (top.isEmpty() ? "none" : top) + "\nreport: "
                + String.join(", ", reportNames);
        sink.post(Alert.firing(NAME, rate > warnRate ? Severity.WARNING : Severity.INFO, labels(day.day()), summary,
                details, List.of(), clock.instant()));
        sink.post(Alert.firing(NAME, Severity.INFO, labels(day.day().minusDays(1)), "", "", List.of(),
                clock.instant()).resolvedAt(clock.instant()));
    }

    private static Map<String, String> labels(LocalDate day) {
        return Map.of("team", "entries", "day", day.toString());
    }
}
