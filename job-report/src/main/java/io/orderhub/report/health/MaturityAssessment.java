package io.orderhub.report.health;

import java.util.List;

/**
 * The maturity score (the seed's self-assessment, computed): four dimensions × 5 points, each point backed by a
 * measured figure against its threshold; the band by the total (&lt; 12 base, 12–16 intermediate, ≥ 17 advanced) and
 * the three actions that would raise it most.
 */
public record MaturityAssessment(List<MaturityDimension> dimensions, String band, List<String> topActions) {

    public MaturityAssessment {
        dimensions = List.copyOf(dimensions);
        topActions = List.copyOf(topActions);
    }

    public int total() {
        return dimensions.stream().mapToInt(MaturityDimension::score).sum();
    }

    /** One dimension (automation, data consistency, exception handling, extensibility) and its five points. */
    public record MaturityDimension(String name, List<MaturityPoint> points) {

        public MaturityDimension {
            points = List.copyOf(points);
        }

        public int score() {
            return (int) points.stream().filter(MaturityPoint::achieved).count();
        }
    }

    /**
     * One point: what was measured, the figure (as people read it, "not measured" when there is no data), the
     * threshold it is held against, whether it is achieved, and the action that would achieve it.
     */
    public record MaturityPoint(String measure, String figure, String threshold, boolean achieved, String action) {
    }
}
