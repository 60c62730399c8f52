package io.orderhub.report.maturity;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import io.orderhub.report.health.MaturityAssessment;
import io.orderhub.report.health.MaturityAssessor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The maturity score from our own tables: figures read for the range, scored against the configured thresholds. */
public class MeasuredMaturityAssessor implements MaturityAssessor {

    private final MaturityFigureReader figures;
    private final MaturityScoring scoring;
    private final Clock clock;

    public MeasuredMaturityAssessor(MaturityFigureReader figures, MaturityScoring scoring, Clock clock) {
        this.figures = figures;
        this.scoring = scoring;
        this.clock = clock;
    }

    @Override
    public MaturityAssessment assess(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(OmsCommonAutoConfiguration.PLATFORM_ZONE));
        return scoring.score(figures.read(from, to, now));
    }
}
