package io.orderhub.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.file.CsvReportWriter;
import io.orderhub.report.file.StoredReportTableFiles;
import io.orderhub.report.file.XlsxReportWriter;
import io.orderhub.report.store.DirectoryReportStore;
import io.orderhub.report.store.ReportFile;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedHealthReportFilesTest {

    static final String STEM = "health-2026-12-01_2026-12-03";

    @TempDir
    Path directory;
    PublishedHealthReportFiles files;

    @BeforeEach
    void wire() throws Exception {
        DirectoryReportStore store = new DirectoryReportStore(directory);
        files = new PublishedHealthReportFiles(store, new HealthReportPage(EchartsLibrary.fromWebJar()),
                new StoredReportTableFiles(store, new XlsxReportWriter(), new CsvReportWriter()));
    }

    @Test
    void writesThePageFirstThenTheWorkbookAndOneCsvPerTable() throws Exception {
        List<ReportFile> published = files.publish(SampleHealthReports.threeDays());

        assertThat(published).extracting(ReportFile::name).containsExactly(STEM + ".html", STEM + ".xlsx",
                STEM + "-daily-indicators.csv", STEM + "-stage-durations.csv", STEM + "-flow-edges.csv",
                STEM + "-fulfilment.csv", STEM + "-maturity.csv");
        assertThat(published).allSatisfy(f -> assertThat(f.bytes()).isPositive());
        assertThat(Files.readString(directory.resolve(STEM + ".html"))).startsWith("<!DOCTYPE html>");
    }

    @Test
    void theWorkbookHoldsEveryTableWithOutsideTextNeutralised() throws Exception {
        files.publish(SampleHealthReports.threeDays());

        try (XSSFWorkbook workbook = new XSSFWorkbook(directory.resolve(STEM + ".xlsx").toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            XSSFSheet fulfilment = workbook.getSheet("fulfilment");
            assertThat(fulfilment.getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo("'" + SampleHealthReports.FORMULA_TITLE);
            assertThat(fulfilment.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.STRING);
            XSSFSheet daily = workbook.getSheet("daily-indicators");
            assertThat(daily.getRow(1).getCell(2).getStringCellValue()).isEqualTo(SampleHealthReports.CHINESE_SHOP);
            assertThat(daily.getRow(1).getCell(4).getNumericCellValue()).isCloseTo(91.0 / (91 + 5 + 2),
                    Offset.offset(1e-12));
            assertThat(daily.getRow(2).getCell(4)).as("nothing due: no rate, not 0").isNull();
        }
    }

    @Test
    void theCsvReadsBackWithItsBomAndNeutralisedText() throws Exception {
        files.publish(SampleHealthReports.threeDays());

        try (BOMInputStream in = BOMInputStream.builder()
                .setInputStream(Files.newInputStream(directory.resolve(STEM + "-fulfilment.csv"))).get();
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(in.hasBOM()).isTrue();
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            assertThat(records.get(0).get("title")).isEqualTo("保温杯 500ml");
            assertThat(records.get(1).get("title")).isEqualTo("'" + SampleHealthReports.FORMULA_TITLE);
            assertThat(records.get(1).get("late share")).isEqualTo("0.6");
            assertThat(records.get(2).get("paid→shipped p50")).as("nothing shipped").isEmpty();
        }
    }
}
