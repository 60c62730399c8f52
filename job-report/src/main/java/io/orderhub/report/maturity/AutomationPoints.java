package io.orderhub.report.maturity;

import static io.orderhub.report.maturity.FigureText.percent;
import static io.orderhub.report.maturity.FigureText.share;
import static io.orderhub.report.maturity.MaturityPoints.point;

import io.orderhub.report.health.MaturityAssessment.MaturityDimension;
import java.util.List;

/** Automation: orders that needed no manual action, manual payments, replays, holds. */
final class AutomationPoints {

    private final MaturityProperties.Automation thresholds;

    AutomationPoints(MaturityProperties.Automation thresholds) {
        this.thresholds = thresholds;
    }

    MaturityDimension score(MaturityFigures.Automation f) {
        String noOrders = "no order created in the range";
        double automated = f.orders() == 0 ? 0 : (double) (f.orders() - f.manualOrders()) / f.orders();
        String automatedFigure = f.orders() == 0 ? null : share(f.orders() - f.manualOrders(), f.orders(), "orders");
        String manualHint = "find why orders need operators (manual fixes, mark-paid, replays, holds) and automate the"
                + " most frequent cause";
        return new MaturityDimension("automation", List.of(
                point("orders that needed no manual action", automatedFigure, noOrders,
                        "≥ " + percent(thresholds.noManualShare()), automated >= thresholds.noManualShare(), manualHint),
                point("orders that needed no manual action (advanced)", automatedFigure, noOrders,
                        "≥ " + percent(thresholds.noManualShareAdvanced()), automated >= thresholds.noManualShareAdvanced(), manualHint),
                point("paid orders marked paid by an operator (人工补单)",
                        f.paidOrders() == 0 ? null : share(f.manualPayments(), f.paidOrders(), "paid orders"),
                        "no paid order in the range", "≤ " + percent(thresholds.manualPaymentShare()),
                        (double) f.manualPayments() / Math.max(1, f.paidOrders()) <= thresholds.manualPaymentShare(),
                        "confirm payments by gateway notifications and paymentReconcile instead of by hand"),
                point("orders whose quarantined payload had to be replayed",
                        f.orders() == 0 ? null : share(f.replayedOrders(), f.orders(), "orders"), noOrders,
                        "≤ " + percent(thresholds.replayedShare()),
                        (double) f.replayedOrders() / Math.max(1, f.orders()) <= thresholds.replayedShare(),
                        "fix the mappings that quarantine orders (status_mapping, amount rules) so no replay is needed"),
                point("orders on hold (released by hand)",
                        f.orders() == 0 ? null : share(f.heldOrders(), f.orders(), "orders"), noOrders,
                        "≤ " + percent(thresholds.heldShare()), (double) f.heldOrders() / Math.max(1, f.orders()) <= thresholds.heldShare(),
                        "release holds by rule (risk checks, address fixes) instead of by an operator")));
    }
}
