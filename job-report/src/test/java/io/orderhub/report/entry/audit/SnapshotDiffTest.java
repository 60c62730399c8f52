package io.orderhub.report.entry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.entry.Entry;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    private static final LocalDateTime TONIGHT = LocalDateTime.of(2026, 12, 5, 2, 30);

    @Test
    void anEntryTheLastSnapshotLacksIsAnInsert() {
        SnapshotDiff diff = new SnapshotDiff("erp", Map.of(), TONIGHT);

        diff.accept(entry("E1", "A1001", "12", "件"));

        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(AuditChange.Kind.INSERT);
            assertThat(change.entryId()).isEqualTo("E1");
            assertThat(change.changedBy()).isEqualTo("张伟");
        });
        assertThat(diff.rowsToStore()).hasSize(1);
    }

    @Test
    void aChangedEntryGivesOneUpdatePerChangedFieldFromAndTo() {
        Map<String, SnapshotRow> last = snapshotOf(entry("E1", "A1010", "12", "箱"));
        SnapshotDiff diff = new SnapshotDiff("erp", last, TONIGHT);

        diff.accept(entry("E1", "A1001", "1", "箱"));

        assertThat(diff.changes()).extracting(c -> c.kind() + " " + c.field() + " " + c.oldValue() + "→" + c.newValue())
                .containsExactlyInAnyOrder("UPDATE sku_code A1010→A1001", "UPDATE quantity 12→1");
        assertThat(diff.changes()).allSatisfy(c -> assertThat(c.changedAt()).isEqualTo(TONIGHT));
    }

    @Test
    void anUnchangedEntryGivesNothingAndIsNotStoredAgain() {
        Entry same = entry("E1", "A1001", "12", "件");
        SnapshotDiff diff = new SnapshotDiff("erp", snapshotOf(same), TONIGHT);

        diff.accept(same);

        assertThat(diff.changes()).isEmpty();
        assertThat(diff.rowsToStore()).isEmpty();
    }

    @Test
    void anEntryTheSourceNoLongerReturnsIsADelete() {
        SnapshotDiff diff = new SnapshotDiff("erp", snapshotOf(entry("E1", "A1001", "12", "件")), TONIGHT);

        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(AuditChange.Kind.DELETE);
            assertThat(change.source()).isEqualTo("receiving");
        });
        assertThat(diff.deleted()).extracting(SnapshotRow::entryId).containsExactly("E1");
    }

    @Test
    void aFieldEmptiedIsAChangeToNothing() {
        Entry before = entry("E1", "A1001", "12", "件");
        Entry after = new Entry("E1", "receiving", "RK1", "张伟", before.enteredAt(), "A1001", new BigDecimal("12"),
                null, null, null, null, "WH-SH", null, false);
        SnapshotDiff diff = new SnapshotDiff("erp", snapshotOf(before), TONIGHT);

        diff.accept(after);

        assertThat(diff.changes()).extracting(c -> c.field() + " " + c.oldValue() + "→" + c.newValue())
                .containsExactly("unit 件→null");
    }

    @Test
    void theSameChangeSeenTwiceHasTheSameKey() {
        AuditChange a = new AuditChange("E1", "receiving", AuditChange.Kind.UPDATE, "unit", "箱", "件", "张伟",
                TONIGHT, AuditChange.Origin.SNAPSHOT_DIFF);
        AuditChange b = new AuditChange("E1", "receiving", AuditChange.Kind.UPDATE, "unit", "箱", "件", "张伟",
                TONIGHT, AuditChange.Origin.SNAPSHOT_DIFF);

        assertThat(a.changeKey()).isEqualTo(b.changeKey()).hasSize(64);
    }

    private static Map<String, SnapshotRow> snapshotOf(Entry entry) {
        String encoded = EntryFields.encode(EntryFields.of(entry));
        Map<String, SnapshotRow> rows = new HashMap<>();
        rows.put(entry.entryId(), new SnapshotRow(entry.entryId(), entry.enteredAt().toLocalDate(),
                EntryFields.hash(encoded), encoded));
        return rows;
    }

    private static Entry entry(String id, String sku, String quantity, String unit) {
        return new Entry(id, "receiving", "RK1", "张伟", LocalDateTime.of(2026, 12, 4, 9, 0), sku,
                new BigDecimal(quantity), unit, null, null, null, "WH-SH", null, false);
    }

}
