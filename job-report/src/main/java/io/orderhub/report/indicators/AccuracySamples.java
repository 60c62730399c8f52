package io.orderhub.report.indicators;

import io.orderhub.common.stats.SampledProportion;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * State accuracy (状态准确率) per shop and sampling day from stateAccuracySample's rows (V19): n = orders compared
 * (fetch_error IS NULL), matches = status and amount both equal. A shop's day without a compared sample has no
 * entry: "not measured", never 0 % or 100 %.
 */
final class AccuracySamples {

    private static final String SQL = "SELECT CAST(sampled_at AS DATE) AS sample_day, channel, shop_id, COUNT(*) AS n,"
            + " SUM(CASE WHEN status_match AND amount_match THEN 1 ELSE 0 END) AS matches"
            + " FROM state_accuracy_sample WHERE fetch_error IS NULL AND sampled_at >= ? AND sampled_at < ?"
            + " GROUP BY CAST(sampled_at AS DATE), channel, shop_id";

    private AccuracySamples() {
    }

    static Map<ShopDay, SampledProportion> read(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        Map<ShopDay, SampledProportion> accuracy = new HashMap<>();
        jdbc.query(SQL, row -> {
            LocalDate day = row.getObject("sample_day", LocalDate.class);
            accuracy.put(new ShopDay(day, row.getString("channel"), row.getString("shop_id")),
                    new SampledProportion(row.getLong("matches"), row.getLong("n")));
        }, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        return accuracy;
    }
}
