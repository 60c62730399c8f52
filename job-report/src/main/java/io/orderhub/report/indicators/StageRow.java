package io.orderhub.report.indicators;

/** One row of {@code report_stage_duration}: the key and its durations, histogram included. */
record StageRow(StageKey key, DurationTally durations) {
}
