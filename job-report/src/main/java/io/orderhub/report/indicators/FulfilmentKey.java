package io.orderhub.report.indicators;

import java.time.LocalDate;

/** The key of {@code report_fulfilment_cell}: the day the lines were paid, their channel and SKU. */
record FulfilmentKey(LocalDate day, String channel, String sku) {
}
