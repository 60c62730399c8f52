package io.orderhub.report.health;

import io.orderhub.common.stats.SampledProportion;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The indicators of one day × channel × shop (the day an order was created, GMT+8).
 *
 * @param orders          orders created that day
 * @param onTime          on-time shipping (准时发货率) of the orders whose ship-by fell on that day
 * @param accuracy        state accuracy (状态准确率) from the samples taken that day; n = 0 means "not measured"
 * @param exceptionOrders orders with a quarantine entry, held/dead-lettered callback, hold, manual fix or open finding
 * @param refundedOrders  orders refunded (fully or partly) among {@code orders}
 * @param paidToShipped   paid → first shipment of the orders shipped that day; empty when none shipped
 * @param syncLagSeconds  the shop's sync lag at the end of the day (cursor behind the day's end); empty when unknown
 */
public record DailyIndicators(LocalDate day, String channel, String shopId, long orders, OnTimeShipping onTime,
        SampledProportion accuracy, long exceptionOrders, long refundedOrders, Optional<DurationStats> paidToShipped,
        Optional<Long> syncLagSeconds) {

    /** exceptionOrders ÷ orders; empty on a day without orders. */
    public Optional<Double> exceptionRatio() {
        return orders == 0 ? Optional.empty() : Optional.of((double) exceptionOrders / orders);
    }

    /** refundedOrders ÷ orders; empty on a day without orders. */
    public Optional<Double> refundRate() {
        return orders == 0 ? Optional.empty() : Optional.of((double) refundedOrders / orders);
    }
}
