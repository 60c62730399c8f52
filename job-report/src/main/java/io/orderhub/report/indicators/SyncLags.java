package io.orderhub.report.indicators;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sync lag per shop at the end of each day: the day's end minus the newest cursor a sync run had reached by then
 * (sync_run.cursor_after of runs finished before the day's end; 0 when the cursor was already past it). One query
 * per day, never per order. A shop without such a run has no entry: lag unknown.
 */
final class SyncLags {

    private static final String SQL = "SELECT channel, shop_id, MAX(cursor_after) AS cursor_reached FROM sync_run"
            + " WHERE cursor_after IS NOT NULL AND finished_at IS NOT NULL AND finished_at < ? GROUP BY channel, shop_id";

    private SyncLags() {
    }

    static Map<ShopDay, Long> read(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        Map<ShopDay, Long> lags = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDateTime end = day.plusDays(1).atStartOfDay();
            LocalDate reportDay = day;
            jdbc.query(SQL, row -> {
                LocalDateTime cursor = row.getObject("cursor_reached", LocalDateTime.class);
                lags.put(new ShopDay(reportDay, row.getString("channel"), row.getString("shop_id")),
                        Math.max(0, Duration.between(cursor, end).getSeconds()));
            }, end);
        }
        return lags;
    }
}
