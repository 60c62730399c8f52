package io.orderhub.report.indicators;

import io.orderhub.report.health.Stage;
import java.time.LocalDate;

/** The key of {@code report_stage_duration}: the day the orders reached {@code to}, their channel, the stage pair. */
record StageKey(LocalDate day, String channel, Stage from, Stage to) {
}
