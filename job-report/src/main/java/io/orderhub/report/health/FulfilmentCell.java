package io.orderhub.report.health;

import java.time.LocalDate;

/**
 * The fulfilment dashboard's cell: channel × day (of payment) × SKU — how many lines of that SKU were paid, how many
 * shipped, how many shipped late or are late, and paid → shipped of the shipped ones (empty stats when none).
 */
public record FulfilmentCell(String channel, LocalDate day, String sku, String title, long lines, long shipped,
        long late, java.util.Optional<DurationStats> paidToShipped) {
}
