package io.orderhub.report.indicators;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * When an order had to be shipped and the day its on-time figure is counted on (GMT+8 wall clock).
 *
 * @param deadline    shipped at or before it = on time
 * @param day         the report day of the on-time figure: the presale delivery date, else the deadline's date
 * @param defaultUsed the platform gave no promise; the channel's default promise was used
 */
record ShipBy(LocalDateTime deadline, LocalDate day, boolean defaultUsed) {
}
