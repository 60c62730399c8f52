package io.orderhub.report.entry.report;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.report.entry.intake.IntakeFolder;
import io.orderhub.report.entry.intake.IntakeSummary;
import io.orderhub.report.entry.source.EntrySource;
import io.orderhub.report.store.ReportFile;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The nightly {@code entryErrorReport}: take in the intake folder, bring the audit trail up to date (shard 0 only),
 * then for each requested day this shard owns ({@link io.orderhub.common.job.Shard#owns} on the day) and can claim:
 * check the day's entries, write the report files, and post the team lead's summary. A day another executor holds
 * is skipped and said so in the log.
 */
public class EntryErrorReport {

    private static final ZoneOffset GMT8 = ZoneOffset.ofHours(8);

    private final IntakeFolder intake;
    private final EntryAuditRefresh audit;
    private final List<EntrySource> sources;
    private final EntryDayClaims claims;
    private final Supplier<EntryDayCheck> dayCheck;
    private final EntryReportWriter writer;
    private final EntryReportAlert alert;
    private final Clock clock;
    private final String holder;

    /**
     * @param intake   {@code null} when no intake folder is configured
     * @param dayCheck the check over the app's {@code EntryCheck}; fails the run with a clear reason when the app has
     *                 none
     * @param alert    {@code null} when the summary is switched off
     */
    public EntryErrorReport(IntakeFolder intake, EntryAuditRefresh audit, List<EntrySource> sources,
            EntryDayClaims claims, Supplier<EntryDayCheck> dayCheck, EntryReportWriter writer,
            EntryReportAlert alert, Clock clock, String holder) {
        this.intake = intake;
        this.audit = audit;
        this.sources = List.copyOf(sources);
        this.claims = claims;
        this.dayCheck = dayCheck;
        this.writer = writer;
        this.alert = alert;
        this.clock = clock;
        this.holder = holder;
    }

    public String run(EntryReportRequest request, JobContext context) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), GMT8);
        List<LocalDate> days = request.days(now.toLocalDate());
        String intakeSummary = takeIntake(context);
        if (context.shard().index() == 0) {
            audit.refresh(sources, now, context.log());
        }
        List<String> done = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long entries = 0;
        long findings = 0;
        EntryDayCheck check = null;
        for (LocalDate day : days) {
            if (!context.shard().owns(day.toString())) {
                continue;
            }
            if (check == null) {
                check = dayCheck.get(); // fails the run here, before any claim, when the app has no rules
            }
            if (!claims.claim(day, holder, now, request.rerunRequested())) {
                skipped.add(day.toString());
                context.log().line("day {}: claimed by another run or already reported (rerun=true checks it again)",
                        day);
                continue;
            }
            EntryDayCheck.DayResult result = check.check(day, sources, now);
            List<ReportFile> files = write(result, now, context);
            claims.finish(day, holder, result.entries(), result.findings(), now);
            if (alert != null) {
                alert.post(result, files.stream().map(ReportFile::name).toList());
            }
            context.log().line("day {}: {} entries checked from {} source(s), {} finding(s): {}", day,
                    result.entries(), sources.size(), result.findings(), result.byType());
            entries += result.entries();
            findings += result.findings();
            done.add(day.toString());
        }
        return "days checked=" + done + " skipped=" + skipped + " (shard " + context.shard() + ") entries=" + entries
                + " findings=" + findings + "; intake " + intakeSummary;
    }

    private String takeIntake(JobContext context) {
        if (intake == null) {
            return "not configured";
        }
        try {
            IntakeSummary summary = intake.takeAll(context.log());
            return summary.toString();
        } catch (IOException e) {
            throw new JobFailure("INTAKE_FOLDER_UNREADABLE", "the intake folder could not be read: " + e.getMessage(),
                    true, e);
        }
    }

    private List<ReportFile> write(EntryDayCheck.DayResult result, LocalDateTime now, JobContext context) {
        try {
            return writer.write(result, now, context.log());
        } catch (IOException e) {
            throw new JobFailure("REPORT_STORE_UNWRITABLE", "the entry report of " + result.day()
                    + " could not be stored: " + e.getMessage(), true, e);
        }
    }
}
