package io.orderhub.report.entry.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryCheck;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import io.orderhub.report.entry.EntrySchema;
import io.orderhub.report.entry.source.EntrySource;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The nightly day check hands the rules chunks of entries (one order-line read each), never one entry at a time. */
class EntryDayCheckIT {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void entriesAreCheckedInChunksAndEveryFindingIsStoredWithTheCountsKeptWhileChecking() {
        EntrySchema db = EntrySchema.freshH2();
        List<Integer> chunkSizes = new ArrayList<>();
        EntryCheck everyThirdUnknown = new EntryCheck() {
            @Override
            public List<EntryFinding> check(Entry entry) {
                throw new AssertionError("checked one entry at a time: " + entry.entryId());
            }

            @Override
            public List<List<EntryFinding>> checkAll(List<Entry> entries) {
                chunkSizes.add(entries.size());
                return entries.stream().map(e -> Long.parseLong(e.entryId()) % 3 == 0
                        ? List.of(new EntryFinding(e.entryId(), EntryFindingType.UNKNOWN_SKU, "skuCode", e.skuCode(),
                                List.of("A1001"), EntryFinding.Severity.ERROR, "skuCode A1010 is not in the SKU master"))
                        : List.<EntryFinding>of()).toList();
            }
        };

        EntryDayCheck.DayResult result = new EntryDayCheck(db.jdbc(), everyThirdUnknown)
                .check(DAY, List.of(entries(1_201)), LocalDateTime.of(2026, 12, 5, 2, 30));

        assertThat(chunkSizes).containsExactly(EntryDayCheck.BATCH, EntryDayCheck.BATCH, 201);
        assertThat(result.entries()).isEqualTo(1_201);
        assertThat(result.findings()).isEqualTo(400);
        assertThat(result.entriesWithFindings()).isEqualTo(400);
        assertThat(db.count("SELECT COUNT(*) FROM entry_finding WHERE entry_date = ?", Date.valueOf(DAY)))
                .isEqualTo(400);
    }

    private static EntrySource entries(int count) {
        return new EntrySource() {
            @Override
            public String name() {
                return "intake";
            }

            @Override
            public void read(LocalDateTime from, LocalDateTime to, Consumer<Entry> sink) {
                for (long i = 0; i < count; i++) {
                    String id = String.valueOf(7302019384756100000L + i);
                    sink.accept(new Entry(id, "receiving", "RK" + i, "张伟", DAY.atTime(9, 30), "A1010",
                            BigDecimal.ONE, "件", null, null, null, "WH-SH", null, false));
                }
            }
        };
    }
}
