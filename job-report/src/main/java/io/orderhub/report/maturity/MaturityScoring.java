package io.orderhub.report.maturity;

import static io.orderhub.report.maturity.FigureText.duration;
import static io.orderhub.report.maturity.FigureText.percent;
import static io.orderhub.report.maturity.FigureText.perTenThousand;
import static io.orderhub.report.maturity.FigureText.share;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.common.stats.WilsonInterval;
import io.orderhub.report.health.DurationStats;
import io.orderhub.report.health.MaturityAssessment;
import io.orderhub.report.health.MaturityAssessment.MaturityDimension;
import io.orderhub.report.health.MaturityAssessment.MaturityPoint;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Turns measured figures into the score: four dimensions × five points, each point a figure held against its
 * configured threshold. A figure without data is "not measured" and its point is not achieved. The three actions
 * are those of missed points, weakest dimension first and, within it, the base points before the advanced ones.
 */
public class MaturityScoring {

    static final String NOT_MEASURED = SampledProportion.NOT_MEASURED;
    private static final int TOP_ACTIONS = 3;

    private final MaturityProperties thresholds;

    public MaturityScoring(MaturityProperties thresholds) {
        this.thresholds = thresholds;
    }

    public MaturityAssessment score(MaturityFigures figures) {
        List<MaturityDimension> dimensions = List.of(automation(figures.automation()),
                consistency(figures.consistency()), exceptionHandling(figures.exceptionHandling()),
                extensibility(figures.extensibility()));
        int total = dimensions.stream().mapToInt(MaturityDimension::score).sum();
        return new MaturityAssessment(dimensions, MaturityBand.of(total).label(), topActions(dimensions));
    }

    private MaturityDimension automation(MaturityFigures.Automation f) {
        MaturityProperties.Automation t = thresholds.automation();
        String noOrders = "no order created in the range";
        double automated = f.orders() == 0 ? 0 : (double) (f.orders() - f.manualOrders()) / f.orders();
        String automatedFigure = f.orders() == 0 ? null : share(f.orders() - f.manualOrders(), f.orders(), "orders");
        String manualHint = "find why orders need operators (manual fixes, mark-paid, replays, holds) and automate the"
                + " most frequent cause";
        return new MaturityDimension("automation", List.of(
                point("orders that needed no manual action", automatedFigure, noOrders,
                        "≥ " + percent(t.noManualShare()), automated >= t.noManualShare(), manualHint),
                point("orders that needed no manual action (advanced)", automatedFigure, noOrders,
                        "≥ " + percent(t.noManualShareAdvanced()), automated >= t.noManualShareAdvanced(), manualHint),
                point("paid orders marked paid by an operator (人工补单)",
                        f.paidOrders() == 0 ? null : share(f.manualPayments(), f.paidOrders(), "paid orders"),
                        "no paid order in the range", "≤ " + percent(t.manualPaymentShare()),
                        (double) f.manualPayments() / Math.max(1, f.paidOrders()) <= t.manualPaymentShare(),
                        "confirm payments by gateway notifications and paymentReconcile instead of by hand"),
                point("orders whose quarantined payload had to be replayed",
                        f.orders() == 0 ? null : share(f.replayedOrders(), f.orders(), "orders"), noOrders,
                        "≤ " + percent(t.replayedShare()),
                        (double) f.replayedOrders() / Math.max(1, f.orders()) <= t.replayedShare(),
                        "fix the mappings that quarantine orders (status_mapping, amount rules) so no replay is needed"),
                point("orders on hold (released by hand)",
                        f.orders() == 0 ? null : share(f.heldOrders(), f.orders(), "orders"), noOrders,
                        "≤ " + percent(t.heldShare()), (double) f.heldOrders() / Math.max(1, f.orders()) <= t.heldShare(),
                        "release holds by rule (risk checks, address fixes) instead of by an operator")));
    }

    private MaturityDimension consistency(MaturityFigures.Consistency f) {
        MaturityProperties.Consistency t = thresholds.consistency();
        SampledProportion accuracy = f.accuracy();
        String noSample = "no state-accuracy sample in the range";
        Optional<WilsonInterval> interval = accuracy.interval95();
        double low = interval.map(WilsonInterval::low).orElse(0.0);
        String sampleAction = "schedule stateAccuracySample so at least " + t.minSample() + " orders are compared";
        String accuracyAction = "find the status/amount mismatches in state_accuracy_sample and fix their mapping";
        String findingsFigureAmount = f.orders() == 0 ? null
                : f.openAmountFindings() + " open (" + perTenThousand(per10k(f.openAmountFindings(), f.orders())) + ")";
        String findingsFigureStatus = f.orders() == 0 ? null
                : f.openStatusFindings() + " open (" + perTenThousand(per10k(f.openStatusFindings(), f.orders())) + ")";
        return new MaturityDimension("data consistency", List.of(
                point("orders compared by state-accuracy samples",
                        accuracy.measured() ? accuracy.n() + " orders" : null, noSample, "≥ " + t.minSample() + " orders",
                        accuracy.n() >= t.minSample(), sampleAction),
                point("state accuracy, lower end of the 95 % interval", accuracy.measured() ? accuracy.describe() : null,
                        noSample, "≥ " + percent(t.accuracyLow()), accuracy.measured() && low >= t.accuracyLow(),
                        accuracyAction),
                point("state accuracy, lower end of the 95 % interval (advanced)",
                        accuracy.measured() ? accuracy.describe() : null, noSample,
                        "≥ " + percent(t.accuracyLowAdvanced()), accuracy.measured() && low >= t.accuracyLowAdvanced(),
                        accuracyAction + "; compare more orders to narrow the interval"),
                point("open amount findings (consistency check AMOUNT)", findingsFigureAmount,
                        "no order created in the range", "≤ " + perTenThousand(t.openAmountFindingsPer10k()),
                        f.orders() > 0 && per10k(f.openAmountFindings(), f.orders()) <= t.openAmountFindingsPer10k(),
                        "work through the open AMOUNT findings and fix their cause"),
                point("open status findings (consistency check STATUS_DRIFT)", findingsFigureStatus,
                        "no order created in the range", "≤ " + perTenThousand(t.openStatusFindingsPer10k()),
                        f.orders() > 0 && per10k(f.openStatusFindings(), f.orders()) <= t.openStatusFindingsPer10k(),
                        "work through the open STATUS_DRIFT findings; speed up callbacks or sync for the drifting shops")));
    }

    private MaturityDimension exceptionHandling(MaturityFigures.ExceptionHandling f) {
        MaturityProperties.ExceptionHandling t = thresholds.exceptionHandling();
        Optional<DurationStats> alerts = f.alertRecovery();
        Optional<DurationStats> quarantine = f.quarantineRecovery();
        String alertAction = "shorten alert recovery: runbooks, on-call routing, automatic resolution checks";
        return new MaturityDimension("exception handling", List.of(
                point("alert start → resolution, median", alerts.map(s -> stats(s, DurationStats::p50Seconds, "alerts"))
                        .orElse(null), "no alert started in the range", "≤ " + duration(t.alertRecoveryP50()),
                        alerts.isPresent() && alerts.get().p50Seconds() <= t.alertRecoveryP50().toSeconds(), alertAction),
                point("alert start → resolution, 95th percentile",
                        alerts.map(s -> stats(s, DurationStats::p95Seconds, "alerts")).orElse(null),
                        "no alert started in the range", "≤ " + duration(t.alertRecoveryP95()),
                        alerts.isPresent() && alerts.get().p95Seconds() <= t.alertRecoveryP95().toSeconds(), alertAction),
                point("quarantine → replay or discard, 95th percentile",
                        quarantine.map(s -> stats(s, DurationStats::p95Seconds, "payloads")).orElse(null),
                        "nothing quarantined in the range", "≤ " + duration(t.quarantineRecoveryP95()),
                        quarantine.isPresent()
                                && quarantine.get().p95Seconds() <= t.quarantineRecoveryP95().toSeconds(),
                        "replay quarantined payloads sooner (quarantineReplay after each mapping fix)"),
                point("dead letters left in the callback inbox", f.deadLettersLeft() + " dead", null,
                        "≤ " + t.deadLettersLeft(), f.deadLettersLeft() <= t.deadLettersLeft(),
                        "replay or resolve the dead-lettered callbacks (inboxReplay) and fix why they died"),
                point("payloads left in quarantine", f.quarantineLeft() + " quarantined", null,
                        "≤ " + t.quarantineLeft(), f.quarantineLeft() <= t.quarantineLeft(),
                        "replay or discard the payloads left in quarantine")));
    }

    private MaturityDimension extensibility(MaturityFigures.Extensibility f) {
        MaturityProperties.Extensibility t = thresholds.extensibility();
        String channelsFigure = f.channelsConfigured() + " channels";
        String newest = f.newestChannel().orElse("none");
        String onboardingFigure = f.newestOnboarding().map(d -> duration(d) + " (" + newest + ")").orElse(null);
        String notSynced = f.newestChannel().isEmpty() ? "no shop configured"
                : newest + " has no sync run that brought orders yet";
        String onboardingAction = "make adding a channel faster: shop onboarding command, credential proof, a first"
                + " sync right after";
        long onboarded = f.newestOnboarding().map(java.time.Duration::toSeconds).orElse(Long.MAX_VALUE);
        return new MaturityDimension("extensibility", List.of(
                point("channels with an enabled shop", channelsFigure, null, "≥ " + t.channels(),
                        f.channelsConfigured() >= t.channels(), "onboard another channel's shops"),
                point("channels with an enabled shop (advanced)", channelsFigure, null, "≥ " + t.channelsAdvanced(),
                        f.channelsConfigured() >= t.channelsAdvanced(), "onboard the remaining channels"),
                point("configured channels with orders in the range",
                        f.channelsConfigured() == 0 ? null : f.channelsWithOrders() + " of " + f.channelsConfigured(),
                        "no channel configured", "all of them",
                        f.channelsConfigured() > 0 && f.channelsWithOrders() >= f.channelsConfigured(),
                        "find why a configured channel brings no orders (sync failing, shop idle)"),
                point("newest channel: first shop row → first synced order", onboardingFigure, notSynced,
                        "≤ " + duration(t.onboarding()), onboarded <= t.onboarding().toSeconds(), onboardingAction),
                point("newest channel: first shop row → first synced order (advanced)", onboardingFigure, notSynced,
                        "≤ " + duration(t.onboardingAdvanced()), onboarded <= t.onboardingAdvanced().toSeconds(),
                        onboardingAction)));
    }

    /**
     * A point; a null figure is "not measured" (with why), which is never achieved whatever the comparison says.
     */
    private static MaturityPoint point(String measure, String figure, String whyNotMeasured, String threshold,
            boolean achieved, String action) {
        if (figure == null) {
            return new MaturityPoint(measure, NOT_MEASURED + ": " + whyNotMeasured, threshold, false,
                    "measure it: " + action);
        }
        return new MaturityPoint(measure, figure, threshold, achieved, action);
    }

    private static String stats(DurationStats stats, ToLongFunction<DurationStats> value, String of) {
        return duration(value.applyAsLong(stats)) + " (" + stats.count() + " " + of + ")";
    }

    private static double per10k(long count, long orders) {
        return 10_000.0 * count / orders;
    }

    private static List<String> topActions(List<MaturityDimension> dimensions) {
        return dimensions.stream()
                .sorted(Comparator.comparingInt(MaturityDimension::score))
                .flatMap(d -> d.points().stream().filter(p -> !p.achieved()))
                .map(MaturityPoint::action)
                .distinct()
                .limit(TOP_ACTIONS)
                .toList();
    }
}
