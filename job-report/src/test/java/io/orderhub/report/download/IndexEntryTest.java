package io.orderhub.report.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.store.ReportFile;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexEntryTest {

    @ParameterizedTest
    @CsvSource({"0, 0 B", "1023, 1023 B", "1024, 1.0 KB", "1536, 1.5 KB", "5242880, 5.0 MB", "3221225472, 3.0 GB"})
    void sizesReadLikeAFileManagerShowsThem(long bytes, String shown) {
        assertThat(IndexEntry.readableSize(bytes)).isEqualTo(shown);
    }

    @Test
    void aRowShowsTheTimeWrittenInGmtPlus8() {
        IndexEntry entry = IndexEntry.of(new ReportFile("a.csv", 12, Instant.parse("2026-12-04T22:30:00Z")), "/x");

        assertThat(entry.written()).isEqualTo("2026-12-05 06:30:00 GMT+8");
        assertThat(entry.href()).isEqualTo("/x");
    }
}
