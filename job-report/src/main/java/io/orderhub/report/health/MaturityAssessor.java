package io.orderhub.report.health;

import java.time.LocalDate;

/** Computes the maturity score for a date range from measured figures (never from answers to a questionnaire). */
public interface MaturityAssessor {

    MaturityAssessment assess(LocalDate from, LocalDate to);
}
