package io.orderhub.report.entry.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.entry.EntrySchema;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The full list read in keyset pages: every finding of the day once, in (entry, id) order, across page ends. */
class EntryFindingRowsIT {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    EntrySchema schema() {
        return EntrySchema.fresh();
    }

    @Test
    void pagesReturnEveryFindingOfTheDayOnceInEntryOrderEvenWhenAnEntrysFindingsStraddleAPageEnd() {
        EntrySchema db = schema();
        // Inserted out of entry order; entry ...0002 has three findings, so pages of 2 split them.
        insert(db, DAY, "7302019384756102003", "UNKNOWN_SKU");
        insert(db, DAY, "7302019384756102002", "UNIT_NOT_ALLOWED");
        insert(db, DAY, "7302019384756102002", "BATCH_MISSING");
        insert(db, DAY.minusDays(1), "7302019384756102001", "UNKNOWN_SKU"); // another day: not listed
        insert(db, DAY, "7302019384756102002", "QUANTITY_UNCONFIRMED");
        insert(db, DAY, "7302019384756102001", "EXPIRY_PASSED");

        EntryFindingRows rows = new EntryFindingRows(db.jdbc(), DAY, 2);

        assertThat(listed(rows)).containsExactly(
                "7302019384756102001 EXPIRY_PASSED",
                "7302019384756102002 UNIT_NOT_ALLOWED",
                "7302019384756102002 BATCH_MISSING",
                "7302019384756102002 QUANTITY_UNCONFIRMED",
                "7302019384756102003 UNKNOWN_SKU");
        assertThat(listed(rows)).as("each iteration reads afresh").hasSize(5);
    }

    @Test
    void aDayWithoutFindingsListsNothingAndAFullLastPageEndsCleanly() {
        EntrySchema db = schema();
        assertThat(listed(new EntryFindingRows(db.jdbc(), DAY, 2))).isEmpty();
        insert(db, DAY, "7302019384756102001", "UNKNOWN_SKU");
        insert(db, DAY, "7302019384756102002", "UNKNOWN_SKU");
        assertThat(listed(new EntryFindingRows(db.jdbc(), DAY, 2))).hasSize(2);
    }

    private static List<String> listed(EntryFindingRows rows) {
        List<String> listed = new ArrayList<>();
        for (List<?> row : rows) {
            assertThat(row).hasSize(EntryFindingRows.COLUMNS);
            listed.add(row.get(0) + " " + row.get(5));
        }
        return listed;
    }

    private static void insert(EntrySchema db, LocalDate day, String entryId, String type) {
        db.jdbc().update("""
                INSERT INTO entry_finding (entry_date, entry_id, source_name, entry_source, operator, sku_code,
                    finding_type, field, entered_value, suggestions, severity, message, found_at)
                VALUES (?, ?, 'intake', 'receiving', '张伟', 'A1010', ?, 'sku_code', 'A1010', 'A1001', 'ERROR', 'm', ?)""",
                Date.valueOf(day), entryId, type, LocalDateTime.of(2026, 12, 5, 2, 30));
    }
}
