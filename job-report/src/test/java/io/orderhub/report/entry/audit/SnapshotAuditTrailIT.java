package io.orderhub.report.entry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntrySchema;
import io.orderhub.report.entry.intake.IntakeStore;
import io.orderhub.report.entry.source.JdbcEntrySource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The nightly snapshot diff on MariaDB: insert, change per field and delete land in entry_audit, once. */
class SnapshotAuditTrailIT {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void insertsChangesAndDeletesBetweenTwoNightsLandInTheAuditTrailOnce() {
        EntrySchema db = EntrySchema.fresh();
        IntakeStore entries = new IntakeStore(db.jdbc());
        entries.upsertEntries(List.of(entry("E1", "A1010", "12"), entry("E2", "A2001", "1")), "fixture");
        JdbcEntrySource source = new JdbcEntrySource("intake", new NamedParameterJdbcTemplate(db.jdbc()), """
                SELECT entry_id, source, document_no, operator, entered_at, sku_code, quantity, unit, batch_no,
                    production_date, expiry_date, warehouse, order_no, confirmed
                FROM entry_record WHERE entered_at >= :from AND entered_at < :to ORDER BY entry_id""");
        SnapshotAuditTrail trail = new SnapshotAuditTrail(db.jdbc(), new EntryAuditLog(db.jdbc()), db.transactions());

        Map<AuditChange.Kind, Long> first = trail.compare(source, DAY.minusDays(1), DAY.plusDays(1),
                LocalDateTime.of(2026, 12, 4, 2, 30));
        entries.upsertEntries(List.of(entry("E1", "A1001", "1")), "fixture");
        db.jdbc().update("DELETE FROM entry_record WHERE entry_id = 'E2'");
        Map<AuditChange.Kind, Long> second = trail.compare(source, DAY.minusDays(1), DAY.plusDays(1),
                LocalDateTime.of(2026, 12, 5, 2, 30));
        Map<AuditChange.Kind, Long> third = trail.compare(source, DAY.minusDays(1), DAY.plusDays(1),
                LocalDateTime.of(2026, 12, 6, 2, 30));

        assertThat(first).isEqualTo(Map.of(AuditChange.Kind.INSERT, 2L));
        assertThat(second).isEqualTo(Map.of(AuditChange.Kind.UPDATE, 2L, AuditChange.Kind.DELETE, 1L));
        assertThat(third).isEmpty();
        assertThat(db.jdbc().queryForList("""
                SELECT entry_id, change_kind, field, old_value, new_value, changed_at FROM entry_audit
                WHERE change_kind <> 'INSERT' ORDER BY entry_id, field"""))
                .extracting(row -> row.get("entry_id") + " " + row.get("change_kind") + " " + row.get("field") + " "
                        + row.get("old_value") + "→" + row.get("new_value") + " at " + row.get("changed_at"))
                .containsExactly("E1 UPDATE quantity 12→1 at 2026-12-05 02:30:00.0",
                        "E1 UPDATE sku_code A1010→A1001 at 2026-12-05 02:30:00.0",
                        "E2 DELETE null null→null at 2026-12-05 02:30:00.0");
        assertThat(db.count("SELECT COUNT(*) FROM entry_snapshot")).isEqualTo(1);
    }

    private static Entry entry(String id, String sku, String quantity) {
        return new Entry(id, "receiving", "RK1", "张伟", DAY.atTime(9, 0), sku, new BigDecimal(quantity), "箱",
                null, null, null, "WH-SH", null, false);
    }
}
