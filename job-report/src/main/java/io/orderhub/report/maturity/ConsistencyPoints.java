package io.orderhub.report.maturity;

import static io.orderhub.report.maturity.FigureText.perTenThousand;
import static io.orderhub.report.maturity.FigureText.percent;
import static io.orderhub.report.maturity.MaturityPoints.point;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.common.stats.WilsonInterval;
import io.orderhub.report.health.MaturityAssessment.MaturityDimension;
import java.util.List;
import java.util.Optional;

/** Data consistency: state-accuracy sample size and interval, open amount and status findings. */
final class ConsistencyPoints {

    private final MaturityProperties.Consistency thresholds;

    ConsistencyPoints(MaturityProperties.Consistency thresholds) {
        this.thresholds = thresholds;
    }

    MaturityDimension score(MaturityFigures.Consistency f) {
        SampledProportion accuracy = f.accuracy();
        String noSample = "no state-accuracy sample in the range";
        Optional<WilsonInterval> interval = accuracy.interval95();
        double low = interval.map(WilsonInterval::low).orElse(0.0);
        String sampleAction = "schedule stateAccuracySample so at least " + thresholds.minSample() + " orders are compared";
        String accuracyAction = "find the status/amount mismatches in state_accuracy_sample and fix their mapping";
        String findingsFigureAmount = f.orders() == 0 ? null
                : f.openAmountFindings() + " open (" + perTenThousand(per10k(f.openAmountFindings(), f.orders())) + ")";
        String findingsFigureStatus = f.orders() == 0 ? null
                : f.openStatusFindings() + " open (" + perTenThousand(per10k(f.openStatusFindings(), f.orders())) + ")";
        return new MaturityDimension("data consistency", List.of(
                point("orders compared by state-accuracy samples",
                        accuracy.measured() ? accuracy.n() + " orders" : null, noSample, "≥ " + thresholds.minSample() + " orders",
                        accuracy.n() >= thresholds.minSample(), sampleAction),
                point("state accuracy, lower end of the 95 % interval", accuracy.measured() ? accuracy.describe() : null,
                        noSample, "≥ " + percent(thresholds.accuracyLow()), accuracy.measured() && low >= thresholds.accuracyLow(),
                        accuracyAction),
                point("state accuracy, lower end of the 95 % interval (advanced)",
                        accuracy.measured() ? accuracy.describe() : null, noSample,
                        "≥ " + percent(thresholds.accuracyLowAdvanced()), accuracy.measured() && low >= thresholds.accuracyLowAdvanced(),
                        accuracyAction + "; compare more orders to narrow the interval"),
                point("open amount findings (consistency check AMOUNT)", findingsFigureAmount,
                        "no order created in the range", "≤ " + perTenThousand(thresholds.openAmountFindingsPer10k()),
                        f.orders() > 0 && per10k(f.openAmountFindings(), f.orders()) <= thresholds.openAmountFindingsPer10k(),
                        "work through the open AMOUNT findings and fix their cause"),
                point("open status findings (consistency check STATUS_DRIFT)", findingsFigureStatus,
                        "no order created in the range", "≤ " + perTenThousand(thresholds.openStatusFindingsPer10k()),
                        f.orders() > 0 && per10k(f.openStatusFindings(), f.orders()) <= thresholds.openStatusFindingsPer10k(),
                        "work through the open STATUS_DRIFT findings; speed up callbacks or sync for the drifting shops")));
    }

    private static double per10k(long count, long orders) {
        return 10_000.0 * count / orders;
    }
}
