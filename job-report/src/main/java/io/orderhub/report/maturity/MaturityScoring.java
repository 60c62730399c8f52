package io.orderhub.report.maturity;

import io.orderhub.report.health.MaturityAssessment;
import io.orderhub.report.health.MaturityAssessment.MaturityDimension;
import io.orderhub.report.health.MaturityAssessment.MaturityPoint;
import java.util.Comparator;
import java.util.List;

/**
 * Turns measured figures into the score: four dimensions × five points, each point a figure held against its
 * configured threshold. A figure without data is "not measured" and its point is not achieved. The three actions
 * are those of missed points, weakest dimension first and, within it, the base points before the advanced ones.
 */
public class MaturityScoring {

    private static final int TOP_ACTIONS = 3;

    private final AutomationPoints automation;
    private final ConsistencyPoints consistency;
    private final ExceptionHandlingPoints exceptionHandling;
    private final ExtensibilityPoints extensibility;

    public MaturityScoring(MaturityProperties thresholds) {
        this.automation = new AutomationPoints(thresholds.automation());
        this.consistency = new ConsistencyPoints(thresholds.consistency());
        this.exceptionHandling = new ExceptionHandlingPoints(thresholds.exceptionHandling());
        this.extensibility = new ExtensibilityPoints(thresholds.extensibility());
    }

    public MaturityAssessment score(MaturityFigures figures) {
        List<MaturityDimension> dimensions = List.of(automation.score(figures.automation()),
                consistency.score(figures.consistency()), exceptionHandling.score(figures.exceptionHandling()),
                extensibility.score(figures.extensibility()));
        int total = dimensions.stream().mapToInt(MaturityDimension::score).sum();
        return new MaturityAssessment(dimensions, MaturityBand.of(total).label(), topActions(dimensions));
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
