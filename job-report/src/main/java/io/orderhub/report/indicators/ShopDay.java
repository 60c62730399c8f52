package io.orderhub.report.indicators;

import java.time.LocalDate;

/** A report day of one shop: the key of {@code report_daily_indicator}. */
record ShopDay(LocalDate day, String channel, String shopId) {
}
