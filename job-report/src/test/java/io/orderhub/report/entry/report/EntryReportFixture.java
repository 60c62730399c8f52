package io.orderhub.report.entry.report;

import io.orderhub.common.alert.Alert;
import io.orderhub.report.entry.EntryCheck;
import io.orderhub.report.entry.EntrySchema;
import io.orderhub.report.entry.audit.EntryAuditLog;
import io.orderhub.report.entry.audit.ManualPathAudit;
import io.orderhub.report.entry.audit.SnapshotAuditTrail;
import io.orderhub.report.entry.intake.IntakeCharset;
import io.orderhub.report.entry.intake.IntakeFolder;
import io.orderhub.report.entry.intake.IntakeStore;
import io.orderhub.report.entry.source.EntrySource;
import io.orderhub.report.entry.source.JdbcEntrySource;
import io.orderhub.report.publish.EchartsLibrary;
import io.orderhub.report.store.DirectoryReportStore;
import io.orderhub.sandbox.erp.entries.EntryDataSet;
import io.orderhub.sandbox.erp.entries.EntryDataSetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** An {@link EntryErrorReport} wired by hand over a test schema, as EntryReportConfiguration wires it. */
final class EntryReportFixture {

    final List<Alert> alerts = new CopyOnWriteArrayList<>();
    final DirectoryReportStore store;
    final EntryErrorReport report;
    final EntrySource intakeSource;

    EntryReportFixture(EntrySchema db, Path intakeFolder, Path reports, EntryCheck check, Clock clock, String holder)
            throws IOException {
        store = new DirectoryReportStore(reports);
        intakeSource = new JdbcEntrySource("intake", new NamedParameterJdbcTemplate(db.jdbc()),
                EntryReportConfiguration.INTAKE_ENTRIES);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        IntakeFolder intake = intakeFolder == null ? null : new IntakeFolder(intakeFolder, Duration.ZERO,
                new IntakeStore(db.jdbc()), db.transactions(), new IntakeCharset("auto"), clock);
        EntryAuditLog auditLog = new EntryAuditLog(db.jdbc());
        report = new EntryErrorReport(intake, new EntryAuditRefresh(new SnapshotAuditTrail(db.jdbc(), auditLog,
                db.transactions()), new ManualPathAudit(db.jdbc(), auditLog), Map.of(), 7), List.of(intakeSource), new EntryDayClaims(db.jdbc(),
                Duration.ofHours(2)), () -> new EntryDayCheck(db.jdbc(), check),
                new EntryReportWriter(new EntryReportTables(db.jdbc()), new EntryReportPage(templates, EchartsLibrary.fromWebJar()), store,
                        new CsvReportTableFilesDouble(store)),
                new EntryReportAlert(alerts::add, clock, 0.05), clock, holder);
    }

    /**
     * Writes the generated data set's files under {@code work} and drops the named ones into {@code work/intake},
     * written an hour before {@code runAt} (settled); returns the intake folder.
     */
    static Path dropGenerated(EntryDataSet data, Path work, Instant runAt, String... files) throws IOException {
        Path generated = work.resolve("generated");
        EntryDataSetFiles.write(data, generated);
        Path intake = Files.createDirectories(work.resolve("intake"));
        for (String file : files) {
            Path dropped = Files.copy(generated.resolve(file), intake.resolve(file));
            Files.setLastModifiedTime(dropped, FileTime.from(runAt.minusSeconds(3600)));
        }
        return intake;
    }
}
