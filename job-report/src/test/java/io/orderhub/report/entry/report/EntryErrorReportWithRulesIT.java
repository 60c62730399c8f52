package io.orderhub.report.entry.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.Shard;
import io.orderhub.report.entry.ConventionEntryRules;
import io.orderhub.report.entry.EntrySchema;
import io.orderhub.report.entry.rule.EntryRules;
import io.orderhub.report.entry.rule.JdbcOrderLineSkus;
import io.orderhub.report.entry.source.JdbcSkuMasterSource;
import io.orderhub.sandbox.erp.entries.EntryDataSet;
import io.orderhub.sandbox.erp.entries.EntryDataSetFiles;
import io.orderhub.sandbox.erp.entries.EntryDataSetGenerator;
import io.orderhub.sandbox.erp.entries.InjectedError;
import io.orderhub.sandbox.erp.entries.OrderLine;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The nightly job end to end on MariaDB with the REAL entry rules (not the ground-truth double): the SKU master comes
 * from the intake folder through the same {@link JdbcSkuMasterSource} query the application uses, the order lines
 * from our {@code order_line} table, and every injected error of the generated day is stored as a finding of its
 * type, nothing else. The run clock is in UTC (18:30 UTC is already the next day in GMT+8).
 */
class EntryErrorReportWithRulesIT {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final Instant RUN_AT = Instant.parse("2026-12-04T18:30:00Z");

    @TempDir
    Path work;

    @Test
    void theRealRulesFindEveryInjectedErrorOfTheDroppedFilesAndNothingOnCleanEntries() throws IOException {
        EntrySchema db = EntrySchema.fresh();
        EntryDataSet data = new EntryDataSetGenerator(5L, DAY).generate(300, 3000, 0.01);
        Path intake = EntryReportFixture.dropGenerated(data, work, RUN_AT, EntryDataSetFiles.SKU_MASTER,
                EntryDataSetFiles.ENTRIES);
        insertOrderLines(db, data.orderLines());
        Clock clock = Clock.fixed(RUN_AT, ZoneOffset.UTC);
        EntryReportFixture fixture = new EntryReportFixture(db, intake, work.resolve("reports"), rules(db, clock),
                clock, "executor-a");

        String summary = fixture.report.run(new EntryReportRequest(DAY.toString(), null, null, null),
                new JobContext(Shard.SOLE, (pattern, args) -> { }));

        assertThat(summary).contains("days checked=[2026-12-04]").contains("entries=3000")
                .contains("findings=" + data.injected().size());
        Map<String, Long> injectedByType = data.injected().stream()
                .collect(Collectors.groupingBy(InjectedError::type, Collectors.counting()));
        Map<String, Long> storedByType = db.jdbc().queryForList(
                "SELECT finding_type, COUNT(*) AS n FROM entry_finding WHERE entry_date = ? GROUP BY finding_type",
                Date.valueOf(DAY)).stream().collect(Collectors.toMap(row -> (String) row.get("finding_type"),
                row -> ((Number) row.get("n")).longValue()));
        assertThat(storedByType).isEqualTo(injectedByType);
        List<String> storedFindings = db.jdbc().query(
                "SELECT entry_id, finding_type FROM entry_finding WHERE entry_date = ?",
                (row, n) -> row.getString("entry_id") + " " + row.getString("finding_type"), Date.valueOf(DAY));
        assertThat(storedFindings).containsExactlyInAnyOrderElementsOf(
                data.injected().stream().map(error -> error.entryId() + " " + error.type()).toList());
    }

    /** The entry rules over the SKU master of the intake folder (the application's query) and our order lines. */
    private static EntryRules rules(EntrySchema db, Clock clock) {
        JdbcSkuMasterSource master = new JdbcSkuMasterSource(db.jdbc(), EntryReportConfiguration.INTAKE_SKUS);
        return ConventionEntryRules.over(master, new JdbcOrderLineSkus(new NamedParameterJdbcTemplate(db.jdbc())),
                clock);
    }

    private static void insertOrderLines(EntrySchema db, List<OrderLine> lines) {
        db.jdbc().batchUpdate("INSERT INTO order_line (order_no, line_no, sku, quantity, unit_price, refund_state)"
                + " VALUES (?, ?, ?, ?, 0, 'NONE')", lines.stream().map(line -> new Object[] {line.orderNo(),
                line.lineNo(), line.skuCode(), line.quantity().setScale(0, RoundingMode.CEILING).intValue()})
                .toList());
    }
}
