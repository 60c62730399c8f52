package io.orderhub.report.indicators;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.report.health.HealthReport;
import io.orderhub.report.health.HealthReportDelivery;
import io.orderhub.report.health.HealthReportFiles;
import io.orderhub.report.health.MaturityAssessor;
import io.orderhub.report.store.ReportFile;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One {@code healthIndicators} run: computes and stores the days, reads them back as a health report, has the
 * maturity assessed, the files published and the summary delivered — each of the last three by its optional bean,
 * logged as skipped when the bean is absent. Says in the admin log what it computed and wrote.
 */
public class HealthIndicatorsRun {

    private final IndicatorComputation computation;
    private final HealthReportReader reader;
    private final ObjectProvider<MaturityAssessor> assessor;
    private final ObjectProvider<HealthReportFiles> files;
    private final ObjectProvider<HealthReportDelivery> delivery;
    private final Clock clock;

    public HealthIndicatorsRun(IndicatorComputation computation, HealthReportReader reader,
            ObjectProvider<MaturityAssessor> assessor, ObjectProvider<HealthReportFiles> files,
            ObjectProvider<HealthReportDelivery> delivery, Clock clock) {
        this.computation = computation;
        this.reader = reader;
        this.assessor = assessor;
        this.files = files;
        this.delivery = delivery;
        this.clock = clock;
    }

    public String run(HealthIndicatorsRequest request, JobContext context) {
        LocalDate yesterday = LocalDate.now(clock.withZone(IndicatorComputation.GMT8)).minusDays(1);
        LocalDate from = request.from() == null ? yesterday : request.from();
        LocalDate to = request.to() == null ? yesterday : request.to();
        long started = System.nanoTime();
        ComputedDays computed = computation.computeAndStore(from, to);
        long computeMs = (System.nanoTime() - started) / 1_000_000;
        context.log().line("computed {} day(s) {}..{} (GMT+8): {} shop(s), {} orders scanned, {} lines; stored {} daily,"
                + " {} stage, {} fulfilment rows in {} ms (read {} ms, store {} ms); {} duration(s) skipped (stage"
                + " times out of order)", computed.days(), from, to, computed.shops(), computed.ordersScanned(),
                computed.linesCounted(), computed.daily().size(), computed.stages().size(),
                computed.fulfilment().size(), computeMs, computed.scanMillis(), computed.storeMillis(),
                computed.durationsOutOfOrder());
        HealthReport report = reader.read(from, to, LocalDateTime.now(clock.withZone(IndicatorComputation.GMT8)));
        MaturityAssessor maturity = assessor.getIfAvailable();
        if (maturity == null) {
            context.log().line("maturity: skipped (no MaturityAssessor in this executor)");
        } else {
            report = withMaturity(report, maturity, from, to);
            context.log().line("maturity: {} points, band {}", report.maturity().orElseThrow().total(),
                    report.maturity().orElseThrow().band());
        }
        List<ReportFile> published = publish(report, context);
        deliver(report, published, context);
        long totalMs = (System.nanoTime() - started) / 1_000_000;
        return "days=" + computed.days() + " (" + from + ".." + to + ") shops=" + computed.shops() + " rows="
                + computed.rows() + " files=" + published.size() + " bytes="
                + published.stream().mapToLong(ReportFile::bytes).sum() + " ms=" + totalMs;
    }

    private static HealthReport withMaturity(HealthReport report, MaturityAssessor maturity, LocalDate from,
            LocalDate to) {
        return new HealthReport(report.from(), report.to(), report.generatedAt(), report.days(), report.stages(),
                report.flow(), report.fulfilment(), Optional.of(maturity.assess(from, to)));
    }

    private List<ReportFile> publish(HealthReport report, JobContext context) {
        HealthReportFiles writer = files.getIfAvailable();
        if (writer == null) {
            context.log().line("files: skipped (no HealthReportFiles in this executor)");
            return List.of();
        }
        long started = System.nanoTime();
        List<ReportFile> published;
        try {
            published = writer.publish(report);
        } catch (IOException e) {
            throw new JobFailure("REPORT_FILES_FAILED", "the indicators are stored, but the report files could not be"
                    + " written: " + e.getMessage(), true, e);
        }
        for (ReportFile file : published) {
            context.log().line("file {} ({} bytes)", file.name(), file.bytes());
        }
        context.log().line("files: {} written in {} ms", published.size(), (System.nanoTime() - started) / 1_000_000);
        return published;
    }

    private void deliver(HealthReport report, List<ReportFile> published, JobContext context) {
        HealthReportDelivery sender = delivery.getIfAvailable();
        if (sender == null) {
            context.log().line("delivery: skipped (no HealthReportDelivery in this executor)");
            return;
        }
        HealthReportDelivery.DeliveryOutcome outcome = sender.deliver(report, published);
        outcome.failures().forEach(failure -> context.log().line("delivery failed: {}", failure));
        context.log().line("delivery: {} receiver(s) accepted, {} failed", outcome.delivered(),
                outcome.failures().size());
        if (!outcome.failures().isEmpty() && outcome.delivered() == 0) {
            throw new JobFailure("REPORT_DELIVERY_FAILED", "the report is stored and published, but no receiver"
                    + " accepted it; first failure: " + outcome.failures().get(0), true);
        }
    }
}
