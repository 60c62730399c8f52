package io.orderhub.sync.engine;

import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.common.time.ReadableTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one shop's run did, for the admin log and the {@code sync_run} table. Mutable while the run goes on, read
 * after it ends.
 */
public final class ShopSyncReport {

    /** How a shop's run ended. */
    public enum Outcome { SUCCEEDED, FAILED, SKIPPED_LEASED, STOPPED }

    final String label;
    Outcome outcome = Outcome.SUCCEEDED;
    LocalDateTime windowFrom;
    LocalDateTime windowTo;
    LocalDateTime cursorBefore;
    LocalDateTime cursorAfter;
    int windows;
    final AtomicInteger pages = new AtomicInteger();
    int rewalks;
    int inserted;
    int updated;
    int unchanged;
    final Map<QuarantineReason, Integer> quarantined = new EnumMap<>(QuarantineReason.class);
    long calls;
    long retries;
    long rateLimited;
    long pacingWaitMillis;
    Duration duration = Duration.ZERO;
    final AtomicLong fetchNanos = new AtomicLong();
    long writeNanos;
    String failureReason;
    String failureDetail;
    /** Whether running the job again can help; false when a person must act (re-authorise, fix configuration). */
    boolean retryable = true;

    ShopSyncReport(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Outcome outcome() {
        return outcome;
    }

    public int inserted() {
        return inserted;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int quarantinedTotal() {
        return quarantined.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String failureReason() {
        return failureReason;
    }

    public boolean retryable() {
        return retryable;
    }

    void fail(String reason, String detail, boolean retryable) {
        outcome = Outcome.FAILED;
        failureReason = reason;
        failureDetail = detail;
        this.retryable = retryable;
    }

    /** Another executor holds the shop: {@code heldBy} names it and the lease's expiry. */
    void skip(String heldBy) {
        outcome = Outcome.SKIPPED_LEASED;
        failureDetail = heldBy;
    }

    /** The executor is shutting down: the run stopped at a safe point, or never started; {@code detail} says which. */
    void stop(String detail) {
        outcome = Outcome.STOPPED;
        failureDetail = detail;
    }

    /** The lines an operator reads in the admin log for this shop. */
    public String summary() {
        StringBuilder line = new StringBuilder(label).append(' ').append(outcome);
        if (outcome == Outcome.SKIPPED_LEASED) {
            return line.append(": another executor holds the shop's lease, ").append(failureDetail).toString();
        }
        line.append(" window=").append(windowFrom == null ? "-"
                        : "[" + windowFrom + ", " + windowTo + ") " + ReadableTime.ZONE)
                .append(" windows=").append(windows).append(" pages=").append(pages.get())
                .append(" new=").append(inserted).append(" updated=").append(updated)
                .append(" unchanged=").append(unchanged)
                .append(" quarantined=").append(quarantined.isEmpty() ? "0" : quarantined.toString())
                .append(" calls=").append(calls).append(" retries=").append(retries)
                .append(" rateLimited=").append(rateLimited).append(" pacingWaitMs=").append(pacingWaitMillis)
                .append(" cursor=").append(cursorBefore).append(" -> ").append(cursorAfter).append(' ')
                .append(ReadableTime.ZONE)
                .append(" rewalks=").append(rewalks)
                .append(" took=").append(duration.toMillis()).append("ms (fetching ").append(fetchNanos.get() / 1_000_000)
                .append("ms, writing ").append(writeNanos / 1_000_000).append("ms)");
        if (outcome == Outcome.STOPPED) {
            line.append(": ").append(failureDetail);
        }
        if (failureReason != null) {
            line.append(" FAILURE ").append(failureReason).append(": ").append(failureDetail);
        }
        return line.toString();
    }
}
