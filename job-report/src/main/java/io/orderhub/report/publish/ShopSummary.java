package io.orderhub.report.publish;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.report.health.DailyIndicators;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One shop over the report's range, pooled from its days: the counts are summed, so the rates are the range's
 * (orders on time ÷ orders due over all days), not an average of daily rates; accuracy pools the samples.
 */
public record ShopSummary(String channel, String shopId, long orders, long due, long shippedOnTime,
        SampledProportion accuracy, long exceptionOrders) {

    public Optional<Double> onTimeRate() {
        return due == 0 ? Optional.empty() : Optional.of((double) shippedOnTime / due);
    }

    public Optional<Double> exceptionRatio() {
        return orders == 0 ? Optional.empty() : Optional.of((double) exceptionOrders / orders);
    }

    /** For the page: figures as text, "not measured" where nothing was measured. */
    public String onTimeText() {
        return Figures.percent(onTimeRate());
    }

    public String accuracyText() {
        return accuracy.describe();
    }

    public String exceptionText() {
        return Figures.percent(exceptionRatio());
    }

    /** Per channel × shop, in the order the shops first appear. */
    public static List<ShopSummary> of(List<DailyIndicators> days) {
        Map<List<String>, ShopSummary> shops = new LinkedHashMap<>();
        for (DailyIndicators d : days) {
            shops.merge(List.of(d.channel(), d.shopId()), new ShopSummary(d.channel(), d.shopId(), d.orders(),
                    d.onTime().due(), d.onTime().shippedOnTime(), d.accuracy(), d.exceptionOrders()),
                    ShopSummary::plus);
        }
        return new ArrayList<>(shops.values());
    }

    private ShopSummary plus(ShopSummary other) {
        return new ShopSummary(channel, shopId, orders + other.orders, due + other.due,
                shippedOnTime + other.shippedOnTime, new SampledProportion(accuracy.matches()
                + other.accuracy.matches(), accuracy.n() + other.accuracy.n()), exceptionOrders
                + other.exceptionOrders);
    }
}
