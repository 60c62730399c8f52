package io.orderhub.report.retention;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.time.ReadableTime;
import io.orderhub.report.store.ReportDeletion;
import io.orderhub.report.store.ReportStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes stored reports last written longer ago than {@code oms.report.retention} ({@code reportRetention}), and
 * says in the admin log what went: each file (up to {@value #NAMES_LOGGED}), the count and the bytes freed.
 */
public class ReportRetention {

    static final int NAMES_LOGGED = 50;

    private final ReportStore store;
    private final Duration retention;
    private final Clock clock;

    public ReportRetention(ReportStore store, Duration retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    public String run(ReportRetentionRequest request, JobContext context) {
        Duration period = request.olderThanDays() == null ? retention : Duration.ofDays(request.olderThanDays());
        Instant cutoff = clock.instant().minus(period);
        ReportDeletion deletion;
        try {
            deletion = store.deleteOlderThan(cutoff);
        } catch (IOException e) {
            throw new JobFailure("REPORT_STORE_UNREADABLE", "the report store could not be read: " + e, true, e);
        }
        deletion.deleted().stream().limit(NAMES_LOGGED).forEach(file -> context.log().line(
                "deleted {} ({} bytes, written {})", file.name(), file.bytes(), ReadableTime.of(file.modified())));
        if (deletion.count() > NAMES_LOGGED) {
            context.log().line("… and {} more", deletion.count() - NAMES_LOGGED);
        }
        String summary = "deleted=" + deletion.count() + " bytes=" + deletion.bytes() + " kept=" + deletion.kept()
                + " abandonedWrites=" + deletion.abandonedWrites() + ", written before " + ReadableTime.of(cutoff)
                + " (retention " + readable(period) + ")";
        context.log().line("report retention: {}", summary);
        if (!deletion.failed().isEmpty()) {
            throw new JobFailure("REPORT_DELETE_FAILED", deletion.failed().size() + " report(s) could not be deleted"
                    + " (first: " + deletion.failed().get(0) + "); " + summary, true);
        }
        return summary;
    }

    /** {@code 30d}, or {@code 36h} for a period that is no whole number of days. */
    private static String readable(Duration period) {
        return period.toHours() % 24 == 0 ? period.toDays() + "d" : period.toHours() + "h";
    }
}
