package io.orderhub.report.delivery;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.report.health.DailyIndicators;
import io.orderhub.report.health.HealthReport;
import io.orderhub.report.health.MaturityAssessment;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a delivered summary says: the range, the headline figures over every shop, the worst shop and the links.
 *
 * @param onTimeRate  on-time shipping over all due orders; empty when nothing was due
 * @param accuracy    state accuracy over all samples of the range ("not measured" at n = 0)
 * @param worstShop   the shop with the lowest on-time shipping rate (ties: the higher exception ratio); empty when
 *                    no shop had an order due
 * @param reportLink  signed link to the HTML report, else to the first file, else to the index
 * @param files       every file of the report with its signed link
 */
public record ReportSummary(LocalDate from, LocalDate to, LocalDateTime generatedAt, long orders,
        Optional<Double> onTimeRate, SampledProportion accuracy, long exceptionOrders, long refundedOrders,
        Optional<ShopFigures> worstShop, Optional<MaturityAssessment> maturity, URI reportLink,
        List<LinkedFile> files) {

    public ReportSummary {
        files = List.copyOf(files);
    }

    /** One shop's figures over the range. */
    public record ShopFigures(String channel, String shopId, long orders, long due, long onTime, long exceptionOrders) {

        public double onTimeRate() {
            return (double) onTime / due;
        }

        public double exceptionRatio() {
            return orders == 0 ? 0 : (double) exceptionOrders / orders;
        }
    }

    /** A stored report file and its signed download link. */
    public record LinkedFile(String name, long bytes, URI link) {
    }

    /** Sums the report's days over every shop and picks the worst shop. */
    public static ReportSummary of(HealthReport report, URI reportLink, List<LinkedFile> files) {
        List<DailyIndicators> days = report.days();
        long orders = days.stream().mapToLong(DailyIndicators::orders).sum();
        long due = days.stream().mapToLong(d -> d.onTime().due()).sum();
        long onTime = days.stream().mapToLong(d -> d.onTime().shippedOnTime()).sum();
        SampledProportion accuracy = new SampledProportion(days.stream().mapToLong(d -> d.accuracy().matches()).sum(),
                days.stream().mapToLong(d -> d.accuracy().n()).sum());
        return new ReportSummary(report.from(), report.to(), report.generatedAt(), orders,
                due == 0 ? Optional.empty() : Optional.of((double) onTime / due), accuracy,
                days.stream().mapToLong(DailyIndicators::exceptionOrders).sum(),
                days.stream().mapToLong(DailyIndicators::refundedOrders).sum(), worstShop(days), report.maturity(),
                reportLink, files);
    }

    private static Optional<ShopFigures> worstShop(List<DailyIndicators> days) {
        Map<String, List<DailyIndicators>> byShop = days.stream()
                .collect(Collectors.groupingBy(d -> d.channel() + "/" + d.shopId()));
        return byShop.values().stream()
                .map(shopDays -> new ShopFigures(shopDays.get(0).channel(), shopDays.get(0).shopId(),
                        shopDays.stream().mapToLong(DailyIndicators::orders).sum(),
                        shopDays.stream().mapToLong(d -> d.onTime().due()).sum(),
                        shopDays.stream().mapToLong(d -> d.onTime().shippedOnTime()).sum(),
                        shopDays.stream().mapToLong(DailyIndicators::exceptionOrders).sum()))
                .filter(shop -> shop.due() > 0)
                .min(Comparator.comparingDouble(ShopFigures::onTimeRate)
                        .thenComparing(Comparator.comparingDouble(ShopFigures::exceptionRatio).reversed())
                        .thenComparing(ShopFigures::channel).thenComparing(ShopFigures::shopId));
    }

    public Optional<Double> exceptionRatio() {
        return orders == 0 ? Optional.empty() : Optional.of((double) exceptionOrders / orders);
    }

    public Optional<Double> refundRate() {
        return orders == 0 ? Optional.empty() : Optional.of((double) refundedOrders / orders);
    }
}
