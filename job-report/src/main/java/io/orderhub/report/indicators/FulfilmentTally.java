package io.orderhub.report.indicators;

/** One fulfilment cell while the scan runs. */
final class FulfilmentTally {

    String title;
    long lines;
    long shipped;
    long late;
    final ExactDurations paidToShipped = new ExactDurations();
}
