package io.orderhub.report.indicators;

import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The {@code healthIndicators} job parameter: blank = yesterday (GMT+8), or a range of GMT+8 days, both ends
 * included, e.g. {@code {"from":"2026-11-01","to":"2026-11-30"}}.
 */
public record HealthIndicatorsRequest(LocalDate from, LocalDate to) {

    /** The longest range one run computes: a year of days. */
    public static final int MAX_DAYS = 366;

    @AssertTrue(message = "a range needs both 'from' and 'to', with 'to' not before 'from'")
    public boolean isTo() {
        return from == null && to == null || from != null && to != null && !to.isBefore(from);
    }

    @AssertTrue(message = "a range covers at most " + MAX_DAYS + " days; split a longer one into several runs")
    public boolean isFrom() {
        return from == null || to == null || ChronoUnit.DAYS.between(from, to) < MAX_DAYS;
    }
}
