package io.orderhub.report.maturity;

import io.orderhub.common.stats.SampledProportion;
import io.orderhub.report.health.DurationStats;
import java.time.Duration;
import java.util.Optional;

/**
 * What the maturity score is computed from, measured on our own tables for a date range (GMT+8 days). Empty
 * optionals and zero denominators mean "not measured": no data, never a made-up figure.
 */
public record MaturityFigures(Automation automation, Consistency consistency, ExceptionHandling exceptionHandling,
        Extensibility extensibility) {

    /**
     * Orders created in the range and those of them that needed a manual action.
     *
     * @param orders         orders created in the range
     * @param manualOrders   orders with an applied operator action (order_audit), a MANUAL status change, a replayed
     *                       quarantined payload, or on hold (their release is manual; no table records it)
     * @param paidOrders     orders with a payment time
     * @param manualPayments paid orders marked paid by an operator (order_audit MARK_PAID, applied)
     * @param replayedOrders orders whose quarantined payload was replayed
     * @param heldOrders     orders on hold now
     */
    public record Automation(long orders, long manualOrders, long paidOrders, long manualPayments,
            long replayedOrders, long heldOrders) {
    }

    /**
     * @param accuracy           state accuracy of the samples taken in the range (n = 0: not measured)
     * @param orders             orders created in the range (the findings' denominator)
     * @param openAmountFindings AMOUNT findings open (NEW or ACKNOWLEDGED) and first seen before the range's end
     * @param openStatusFindings STATUS_DRIFT findings open and first seen before the range's end
     */
    public record Consistency(SampledProportion accuracy, long orders, long openAmountFindings,
            long openStatusFindings) {
    }

    /**
     * @param alertRecovery      start → resolution of the alerts started in the range (still firing: start → now)
     * @param quarantineRecovery received → replayed/discarded of the payloads quarantined in the range (still
     *                           quarantined: received → now)
     * @param deadLettersLeft    callbacks in state DEAD received before the range's end
     * @param quarantineLeft     payloads still QUARANTINED received before the range's end
     */
    public record ExceptionHandling(Optional<DurationStats> alertRecovery, Optional<DurationStats> quarantineRecovery,
            long deadLettersLeft, long quarantineLeft) {
    }

    /**
     * @param channelsConfigured channels with at least one enabled shop
     * @param channelsWithOrders of those, channels with an order created in the range
     * @param newestChannel      the channel whose first shop row is the latest, when any shop exists
     * @param newestOnboarding   its first shop row → its first sync run that brought new orders; empty when it has
     *                           not synced an order yet
     */
    public record Extensibility(long channelsConfigured, long channelsWithOrders, Optional<String> newestChannel,
            Optional<Duration> newestOnboarding) {
    }
}
