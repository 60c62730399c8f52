package io.orderhub.report.file;

import static io.orderhub.report.file.ReportTable.CellType.INTEGER;
import static io.orderhub.report.file.ReportTable.CellType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.report.file.ReportTable.ReportColumn;
import io.orderhub.report.store.DirectoryReportStore;
import io.orderhub.report.store.ReportFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredReportTableFilesTest {

    @TempDir
    Path directory;

    @Test
    void writesTheWorkbookFirstThenOneCsvPerTable() throws Exception {
        DirectoryReportStore store = new DirectoryReportStore(directory);
        ReportTableFiles files = new StoredReportTableFiles(store, new XlsxReportWriter(), new CsvReportWriter());
        List<ReportColumn> columns = List.of(new ReportColumn("shop", TEXT), new ReportColumn("orders", INTEGER));

        List<ReportFile> stored = files.store("health-2026-12-01_2026-12-03", List.of(
                new ReportTable("daily-indicators", columns, List.of(List.of("店", 3))),
                new ReportTable("maturity", columns, List.of())));

        assertThat(stored).extracting(ReportFile::name).containsExactly("health-2026-12-01_2026-12-03.xlsx",
                "health-2026-12-01_2026-12-03-daily-indicators.csv", "health-2026-12-01_2026-12-03-maturity.csv");
        assertThat(stored).allSatisfy(f -> assertThat(f.bytes()).isEqualTo(Files.size(directory.resolve(f.name()))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(directory.resolve(stored.get(0).name()).toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("daily-indicators");
            assertThat(workbook.getSheetName(1)).isEqualTo("maturity");
        }
        assertThat(Files.readString(directory.resolve(stored.get(1).name()), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFshop,orders\r\n店,3\r\n");
    }

    @Test
    void aTableNameThatCannotBeAFileNameFailsBeforeAnythingIsWritten() throws Exception {
        DirectoryReportStore store = new DirectoryReportStore(directory);
        ReportTableFiles files = new StoredReportTableFiles(store, new XlsxReportWriter(), new CsvReportWriter());
        List<ReportColumn> columns = List.of(new ReportColumn("shop", TEXT));

        assertThatThrownBy(() -> files.store("health", List.of(new ReportTable("ok", columns, List.of()),
                new ReportTable("../etc", columns, List.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table '../etc'");
        assertThatThrownBy(() -> files.store("health", List.of(new ReportTable("same", columns, List.of()),
                new ReportTable("same", columns, List.of()))))
                .hasMessage("report table name 'same' is used twice");
        assertThat(store.list()).isEmpty();
    }
}
