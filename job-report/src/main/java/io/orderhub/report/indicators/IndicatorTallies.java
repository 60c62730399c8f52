package io.orderhub.report.indicators;

import io.orderhub.report.health.Stage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one pass over the orders adds up for the days {@code from..to}: each order lands on the day of the
 * event a figure is about (creation, ship-by, first shipment, payment, reaching a stage). {@code asOf} decides what
 * "not shipped and already late" means.
 */
final class IndicatorTallies {

    private final LocalDate from;
    private final LocalDate to;
    private final LocalDateTime asOf;
    private final DefaultPromises defaults;
    final Map<ShopDay, ShopDayTally> shopDays = new HashMap<>();
    final Map<StageKey, DurationTally> stages = new HashMap<>();
    final Map<FulfilmentKey, FulfilmentTally> fulfilment = new HashMap<>();
    long orders;
    long lines;
    long durationsOutOfOrder;

    IndicatorTallies(LocalDate from, LocalDate to, LocalDateTime asOf, DefaultPromises defaults) {
        this.from = from;
        this.to = to;
        this.asOf = asOf;
        this.defaults = defaults;
    }

    void addOrder(OrderFacts order) {
        orders++;
        String channel = order.channel().name();
        LocalDate created = order.createdAt().toLocalDate();
        if (inRange(created)) {
            ShopDayTally day = shopDay(created, order);
            day.orders++;
            day.exceptionOrders += order.exceptional() ? 1 : 0;
            day.refundedOrders += order.refunded() ? 1 : 0;
        }
        order.shipBy(defaults).filter(shipBy -> inRange(shipBy.day())).ifPresent(shipBy -> countOnTime(order, shipBy));
        if (order.shipped() && order.paidAt() != null && inRange(order.firstShippedAt().toLocalDate())) {
            record(shopDay(order.firstShippedAt().toLocalDate(), order).paidToShipped,
                    seconds(order.paidAt(), order.firstShippedAt()));
        }
        addStages(order, channel);
    }

    /** One order line for the fulfilment dashboard (lines of paid orders, on the day of payment). */
    void addLine(OrderFacts order, String sku, String title) {
        if (order.paidAt() == null || !inRange(order.paidAt().toLocalDate())) {
            return;
        }
        lines++;
        FulfilmentTally cell = fulfilment.computeIfAbsent(
                new FulfilmentKey(order.paidAt().toLocalDate(), order.channel().name(), sku), k -> new FulfilmentTally());
        if (cell.title == null) {
            cell.title = title;
        }
        cell.lines++;
        Optional<ShipBy> shipBy = order.shipBy(defaults);
        if (order.shipped()) {
            cell.shipped++;
            record(cell.paidToShipped, seconds(order.paidAt(), order.firstShippedAt()));
            cell.late += shipBy.filter(s -> order.firstShippedAt().isAfter(s.deadline())).isPresent() ? 1 : 0;
        } else if (!order.cancelledBeforeShipping() && !order.refundedBeforeShipping()) {
            cell.late += shipBy.filter(s -> asOf.isAfter(s.deadline())).isPresent() ? 1 : 0;
        }
    }

    private void countOnTime(OrderFacts order, ShipBy shipBy) {
        ShopDayTally day = shopDay(shipBy.day(), order);
        if (order.refundedBeforeShipping()) {
            day.excludedRefunded++;
            return;
        }
        if (order.cancelledBeforeShipping()) {
            day.excludedCancelled++;
            return;
        }
        if (order.shipped()) {
            if (order.firstShippedAt().isAfter(shipBy.deadline())) {
                day.shippedLate++;
            } else {
                day.shippedOnTime++;
            }
        } else if (asOf.isAfter(shipBy.deadline())) {
            day.unshippedLate++;
        } else {
            return; // still due later: neither on time nor late yet
        }
        day.defaultPromiseUsed += shipBy.defaultUsed() ? 1 : 0;
    }

    /** Each stage the order reached (see {@link OrderFacts#reachedStages()}), timed from the previous reached one. */
    private void addStages(OrderFacts order, String channel) {
        Stage previous = Stage.CREATED;
        LocalDateTime previousAt = order.createdAt();
        for (Map.Entry<Stage, LocalDateTime> reached : order.reachedStages().entrySet()) {
            LocalDateTime at = reached.getValue();
            if (inRange(at.toLocalDate())) {
                record(stages.computeIfAbsent(new StageKey(at.toLocalDate(), channel, previous, reached.getKey()),
                        k -> new DurationTally()), seconds(previousAt, at));
            }
            previous = reached.getKey();
            previousAt = at;
        }
    }

    private void record(DurationRecorder tally, long seconds) {
        if (!tally.record(seconds)) {
            durationsOutOfOrder++;
        }
    }

    private ShopDayTally shopDay(LocalDate day, OrderFacts order) {
        return shopDays.computeIfAbsent(new ShopDay(day, order.channel().name(), order.shopId()), k -> new ShopDayTally());
    }

    private boolean inRange(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static long seconds(LocalDateTime start, LocalDateTime end) {
        return Duration.between(start, end).getSeconds();
    }
}
