package io.orderhub.report.indicators;

/** Where the pass records a duration; a negative one (stage times out of order) is refused and counted. */
interface DurationRecorder {

    /** Records the seconds; false when they are negative and were not recorded. */
    boolean record(long seconds);
}
