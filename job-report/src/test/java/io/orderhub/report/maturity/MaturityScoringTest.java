package io.orderhub.report.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.report.health.DurationStats;
import io.orderhub.report.health.MaturityAssessment;
import io.orderhub.report.health.MaturityAssessment.MaturityPoint;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scoring with the documented default thresholds on figures made by hand. */
class MaturityScoringTest {

    private final MaturityScoring scoring = new MaturityScoring(MaturityProperties.defaults());

    /** Every point achieved with the defaults: 20 points, advanced, no action left. */
    static MaturityFigures healthy() {
        return new MaturityFigures(
                new MaturityFigures.Automation(10_000, 40, 9_000, 9, 50, 20),
                new MaturityFigures.Consistency(new SampledProportion(2_000, 2_000), 10_000, 1, 5),
                new MaturityFigures.ExceptionHandling(Optional.of(new DurationStats(4, 1800, 3600, 14_400)),
                        Optional.of(new DurationStats(3, 3600, 3600, 86_400)), 0, 10),
                new MaturityFigures.Extensibility(4, 4, Optional.of("PDD"), Optional.of(Duration.ofDays(1))));
    }

    @Test
    void figuresWithinEveryDefaultThresholdAchieveAllTwentyPoints() {
        MaturityAssessment assessment = scoring.score(healthy());

        assertThat(assessment.total()).isEqualTo(20);
        assertThat(assessment.band()).isEqualTo(MaturityBand.ADVANCED.label());
        assertThat(assessment.topActions()).isEmpty();
    }

    @Test
    void eachPointShowsItsThreshold() {
        MaturityAssessment assessment = scoring.score(healthy());

        assertThat(assessment.dimensions().get(0).points()).extracting(MaturityPoint::threshold)
                .containsExactly("≥ 95.0 %", "≥ 99.5 %", "≤ 0.5 %", "≤ 1.0 %", "≤ 1.0 %");
        assertThat(assessment.dimensions().get(2).points()).extracting(MaturityPoint::threshold)
                .containsExactly("≤ 1h", "≤ 4h", "≤ 1d", "≤ 0", "≤ 10");
    }

    @Test
    void oneDeadLetterMoreThanAllowedCostsThatPointAndNamesItsAction() {
        MaturityFigures healthy = healthy();
        MaturityFigures oneDead = new MaturityFigures(healthy.automation(), healthy.consistency(),
                new MaturityFigures.ExceptionHandling(healthy.exceptionHandling().alertRecovery(),
                        healthy.exceptionHandling().quarantineRecovery(), 1, 10), healthy.extensibility());

        MaturityAssessment assessment = scoring.score(oneDead);

        assertThat(assessment.total()).isEqualTo(19);
        assertThat(assessment.topActions()).singleElement().asString().contains("inboxReplay");
    }

    @Test
    void noSampleMeansAccuracyIsNotMeasuredAndItsPointsAreNotAchieved() {
        MaturityFigures healthy = healthy();
        MaturityFigures noSample = new MaturityFigures(healthy.automation(),
                new MaturityFigures.Consistency(new SampledProportion(0, 0), 10_000, 0, 0),
                healthy.exceptionHandling(), healthy.extensibility());

        MaturityAssessment assessment = scoring.score(noSample);

        assertThat(assessment.dimensions().get(1).points().subList(0, 3)).allSatisfy(point -> {
            assertThat(point.figure()).isEqualTo("not measured: no state-accuracy sample in the range");
            assertThat(point.achieved()).isFalse();
            assertThat(point.action()).startsWith("measure it: ");
        });
        assertThat(assessment.total()).isEqualTo(17);
        assertThat(assessment.band()).isEqualTo(MaturityBand.ADVANCED.label());
    }
}
