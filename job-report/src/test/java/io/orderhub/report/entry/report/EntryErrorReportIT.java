package io.orderhub.report.entry.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.Shard;
import io.orderhub.report.entry.EntrySchema;
import io.orderhub.report.entry.GroundTruthEntryCheckDouble;
import io.orderhub.report.store.OpenReport;
import io.orderhub.sandbox.erp.entries.EntryDataSet;
import io.orderhub.sandbox.erp.entries.EntryDataSetFiles;
import io.orderhub.sandbox.erp.entries.EntryDataSetGenerator;
import io.orderhub.sandbox.erp.entries.InjectedError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly job end to end on MariaDB: generated files dropped in the intake folder → report files and alert. */
class EntryErrorReportIT {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final Instant RUN_AT = Instant.parse("2026-12-04T18:30:00Z"); // 02:30 GMT+8 on the 5th

    @TempDir
    Path work;

    @Test
    void generatedEntriesDroppedInTheFolderEndAsFindingsReportFilesAndATeamLeadSummary() throws IOException {
        EntrySchema db = EntrySchema.fresh();
        EntryDataSet data = new EntryDataSetGenerator(5L, DAY).generate(300, 3000, 0.01);
        Path intake = EntryReportFixture.dropGenerated(data, work, RUN_AT, EntryDataSetFiles.SKU_MASTER,
                EntryDataSetFiles.ENTRIES);
        EntryReportFixture fixture = new EntryReportFixture(db, intake, work.resolve("reports"),
                new GroundTruthEntryCheckDouble(data), Clock.fixed(RUN_AT, ZoneOffset.UTC), "executor-a");
        List<String> log = new CopyOnWriteArrayList<>();

        String summary = fixture.report.run(new EntryReportRequest(DAY.toString(), null, null, null),
                new JobContext(Shard.SOLE, (pattern, args) -> log.add(pattern + " " + List.of(args))));

        assertThat(summary).contains("days checked=[2026-12-04]").contains("entries=3000")
                .contains("findings=" + data.injected().size());
        assertThat(db.count("SELECT COUNT(*) FROM entry_record")).isEqualTo(3000);
        assertThat(db.count("SELECT COUNT(*) FROM entry_sku")).isEqualTo(300);
        assertThat(db.count("SELECT COUNT(*) FROM entry_intake_rejected_row")).isZero();
        Map<String, Long> expectedByType = data.injected().stream()
                .collect(Collectors.groupingBy(InjectedError::type, Collectors.counting()));
        Map<String, Long> storedByType = db.jdbc().queryForList(
                "SELECT finding_type, COUNT(*) AS n FROM entry_finding WHERE entry_date = ? GROUP BY finding_type",
                java.sql.Date.valueOf(DAY)).stream().collect(Collectors.toMap(row -> (String) row.get("finding_type"),
                row -> ((Number) row.get("n")).longValue()));
        assertThat(storedByType).isEqualTo(expectedByType);
        assertThat(db.count("SELECT SUM(entry_count) FROM entry_operator_count WHERE entry_date = ?",
                java.sql.Date.valueOf(DAY))).isEqualTo(3000);
        assertThat(db.count("SELECT COUNT(*) FROM entry_audit WHERE change_kind = 'INSERT'")).isEqualTo(3000);

        String html = read(fixture, "entry-errors-2026-12-04.html");
        assertThat(html).contains("Entry errors of 2026-12-04").contains("3000 entries checked")
                .contains("SKU_CONFUSION").contains("张伟").contains("trend 30 days").contains("GMT+8");
        String byOperator = read(fixture, "entry-errors-2026-12-04-by_operator.csv");
        assertThat(byOperator.lines().skip(1).count()).isEqualTo(10);
        assertThat(read(fixture, "entry-errors-2026-12-04-findings.csv").lines().skip(1).count())
                .isEqualTo(data.injected().size());

        assertThat(fixture.alerts).filteredOn(alert -> !alert.isResolved()).singleElement().satisfies(alert -> {
            assertThat(alert.labels()).containsEntry("day", "2026-12-04").containsEntry("team", "entries");
            assertThat(alert.summary()).contains(data.injected().size() + " finding(s) in 3000 entries");
        });
        assertThat(log).anyMatch(line -> line.contains("entries.csv") && line.contains("accepted=3000"));
    }

    @Test
    void aCorrectionAfterTheFactAppearsInTheNextReportOfTheDay() throws IOException {
        EntrySchema db = EntrySchema.fresh();
        EntryDataSet data = new EntryDataSetGenerator(9L, DAY).generate(40, 100, 0.01);
        Path intake = EntryReportFixture.dropGenerated(data, work, RUN_AT, EntryDataSetFiles.ENTRIES);
        Clock clock = Clock.fixed(RUN_AT, ZoneOffset.UTC);
        EntryReportFixture fixture = new EntryReportFixture(db, intake, work.resolve("reports"),
                new GroundTruthEntryCheckDouble(data), clock, "executor-a");
        fixture.report.run(new EntryReportRequest(DAY.toString(), null, null, null), JobContext.STANDALONE);
        db.jdbc().update("UPDATE entry_record SET warehouse = 'WH-GZ2' WHERE entry_id = 'E00000004'");
        db.jdbc().update("INSERT INTO order_audit (channel, shop_id, platform_order_id, action, operator, at,"
                + " outcome, status_before, status_after) VALUES ('JD', 'jd-1', '3301', 'MANUAL_MARK_PAID',"
                + " 'li.wei', '2026-12-05 01:00:00', 'APPLIED', 'WAIT_PAY', 'PAID')");

        EntryReportFixture later = new EntryReportFixture(db, intake, work.resolve("reports"),
                new GroundTruthEntryCheckDouble(data), Clock.fixed(RUN_AT.plusSeconds(3600), ZoneOffset.UTC),
                "executor-a");
        String again = later.report.run(new EntryReportRequest(DAY.toString(), null, null, false),
                JobContext.STANDALONE);
        String rerun = later.report.run(new EntryReportRequest(DAY.toString(), null, null, true),
                JobContext.STANDALONE);

        assertThat(again).contains("days checked=[]").contains("skipped=[2026-12-04]");
        assertThat(rerun).contains("days checked=[2026-12-04]");
        assertThat(read(later, "entry-errors-2026-12-04-corrections.csv")).contains("E00000004").contains("UPDATE")
                .contains("warehouse").contains("WH-GZ2");
        assertThat(db.count("SELECT COUNT(*) FROM entry_finding")).isEqualTo(data.injected().size());
        assertThat(db.jdbc().queryForMap("SELECT entry_id, changed_by, old_value, new_value FROM entry_audit"
                + " WHERE origin = 'MANUAL_PATH'")).containsEntry("entry_id", "order:JD:jd-1:3301")
                .containsEntry("changed_by", "li.wei").containsEntry("new_value", "PAID");
    }

    private static String read(EntryReportFixture fixture, String name) throws IOException {
        try (OpenReport report = fixture.store.open(name)
                .orElseThrow(() -> new AssertionError(name + " not stored"))) {
            return new String(report.content().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
