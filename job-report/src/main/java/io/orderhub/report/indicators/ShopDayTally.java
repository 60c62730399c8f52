package io.orderhub.report.indicators;

import io.orderhub.report.health.OnTimeShipping;

/** The order-based figures of one shop's day while the scan runs (accuracy and sync lag are read separately). */
final class ShopDayTally {

    long orders;
    long shippedOnTime;
    long shippedLate;
    long unshippedLate;
    long excludedCancelled;
    long excludedRefunded;
    long defaultPromiseUsed;
    long exceptionOrders;
    long refundedOrders;
    final ExactDurations paidToShipped = new ExactDurations();

    OnTimeShipping onTime() {
        return new OnTimeShipping(shippedOnTime, shippedLate, unshippedLate, excludedCancelled, excludedRefunded,
                defaultPromiseUsed);
    }
}
