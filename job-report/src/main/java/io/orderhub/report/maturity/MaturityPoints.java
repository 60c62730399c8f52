package io.orderhub.report.maturity;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.report.health.MaturityAssessment.MaturityPoint;

/** How a point is made: a null figure is "not measured" (with why), which is never achieved. */
final class MaturityPoints {

    static final String NOT_MEASURED = SampledProportion.NOT_MEASURED;

    private MaturityPoints() {
    }

    static MaturityPoint point(String measure, String figure, String whyNotMeasured, String threshold,
            boolean achieved, String action) {
        if (figure == null) {
            return new MaturityPoint(measure, NOT_MEASURED + ": " + whyNotMeasured, threshold, false,
                    "measure it: " + action);
        }
        return new MaturityPoint(measure, figure, threshold, achieved, action);
    }
}
