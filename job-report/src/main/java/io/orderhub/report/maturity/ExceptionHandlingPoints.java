package io.orderhub.report.maturity;

import static io.orderhub.report.maturity.FigureText.duration;
import static io.orderhub.report.maturity.MaturityPoints.point;

import io.orderhub.report.health.DurationStats;
import io.orderhub.report.health.MaturityAssessment.MaturityDimension;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** Exception handling: alert and quarantine recovery times, dead letters and quarantine left. */
final class ExceptionHandlingPoints {

    private final MaturityProperties.ExceptionHandling thresholds;

    ExceptionHandlingPoints(MaturityProperties.ExceptionHandling thresholds) {
        this.thresholds = thresholds;
    }

    MaturityDimension score(MaturityFigures.ExceptionHandling f) {
        Optional<DurationStats> alerts = f.alertRecovery();
        Optional<DurationStats> quarantine = f.quarantineRecovery();
        String alertAction = "shorten alert recovery: runbooks, on-call routing, automatic resolution checks";
        return new MaturityDimension("exception handling", List.of(
                point("alert start → resolution, median", alerts.map(s -> stats(s, DurationStats::p50Seconds, "alerts"))
                        .orElse(null), "no alert started in the range", "≤ " + duration(thresholds.alertRecoveryP50()),
                        alerts.isPresent() && alerts.get().p50Seconds() <= thresholds.alertRecoveryP50().toSeconds(), alertAction),
                point("alert start → resolution, 95th percentile",
                        alerts.map(s -> stats(s, DurationStats::p95Seconds, "alerts")).orElse(null),
                        "no alert started in the range", "≤ " + duration(thresholds.alertRecoveryP95()),
                        alerts.isPresent() && alerts.get().p95Seconds() <= thresholds.alertRecoveryP95().toSeconds(), alertAction),
                point("quarantine → replay or discard, 95th percentile",
                        quarantine.map(s -> stats(s, DurationStats::p95Seconds, "payloads")).orElse(null),
                        "nothing quarantined in the range", "≤ " + duration(thresholds.quarantineRecoveryP95()),
                        quarantine.isPresent()
                                && quarantine.get().p95Seconds() <= thresholds.quarantineRecoveryP95().toSeconds(),
                        "replay quarantined payloads sooner (quarantineReplay after each mapping fix)"),
                point("dead letters left in the callback inbox", f.deadLettersLeft() + " dead", null,
                        "≤ " + thresholds.deadLettersLeft(), f.deadLettersLeft() <= thresholds.deadLettersLeft(),
                        "replay or resolve the dead-lettered callbacks (inboxReplay) and fix why they died"),
                point("payloads left in quarantine", f.quarantineLeft() + " quarantined", null,
                        "≤ " + thresholds.quarantineLeft(), f.quarantineLeft() <= thresholds.quarantineLeft(),
                        "replay or discard the payloads left in quarantine")));
    }

    private static String stats(DurationStats stats, ToLongFunction<DurationStats> value, String of) {
        return duration(value.applyAsLong(stats)) + " (" + stats.count() + " " + of + ")";
    }
}
