package io.orderhub.report.indicators;

import io.orderhub.report.health.DailyIndicators;
import io.orderhub.report.health.FulfilmentCell;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows one computation produced for the days {@code from..to}, before they are stored.
 *
 * @param ordersScanned       orders read by the pass (those of the look-back window that can affect the days)
 * @param durationsOutOfOrder durations not recorded because a later stage had an earlier time
 * @param scanMillis          reading: the pass over the orders and the grouped queries
 * @param storeMillis         replacing the days in the tables (0 until stored)
 */
public record ComputedDays(LocalDate from, LocalDate to, List<DailyIndicators> daily, List<StageRow> stages,
        List<FulfilmentCell> fulfilment, long ordersScanned, long linesCounted, long durationsOutOfOrder,
        long scanMillis, long storeMillis) {

    ComputedDays stored(long millis) {
        return new ComputedDays(from, to, daily, stages, fulfilment, ordersScanned, linesCounted, durationsOutOfOrder,
                scanMillis, millis);
    }

    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    }

    public long shops() {
        return daily.stream().map(d -> d.channel() + "/" + d.shopId()).distinct().count();
    }

    public long rows() {
        return daily.size() + stages.size() + fulfilment.size();
    }
}
