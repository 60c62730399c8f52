package io.orderhub.report.health;

import java.util.Optional;

/**
 * On-time shipping (准时发货率) of the orders due on one day: shipped (first shipment) at or before the ship-by time
 * (the platform's promise, the presale delivery date for presale orders, else the channel's default promise).
 * Orders not yet shipped whose ship-by has passed count as late; orders cancelled or refunded before shipping are
 * excluded from the rate and counted here.
 *
 * @param defaultPromiseUsed how many of the due orders had no promise from the platform and used the channel default
 */
public record OnTimeShipping(long shippedOnTime, long shippedLate, long unshippedLate, long excludedCancelled,
        long excludedRefunded, long defaultPromiseUsed) {

    /** Orders that count in the rate: on time + late (shipped late or still unshipped past the ship-by). */
    public long due() {
        return shippedOnTime + shippedLate + unshippedLate;
    }

    /** shippedOnTime ÷ due; empty when nothing was due. */
    public Optional<Double> rate() {
        return due() == 0 ? Optional.empty() : Optional.of((double) shippedOnTime / due());
    }
}
