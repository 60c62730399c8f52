package io.orderhub.report.entry.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.RunLog;
import io.orderhub.report.entry.EntrySchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeFolderIT {

    private static final String HEADER = "entry_id,source,document_no,operator,entered_at,sku_code,quantity,unit,"
            + "batch_no,production_date,expiry_date,warehouse,order_no,confirmed";
    private static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");

    private EntrySchema db;

    @TempDir
    Path folder;

    private IntakeFolder intake;

    /** The database the intake writes to: MariaDB here, H2 in {@link IntakeFolderOnH2IT}. */
    EntrySchema schema() {
        return EntrySchema.fresh();
    }

    @BeforeEach
    void clean() {
        if (db == null) {
            db = schema();
        }
        db.jdbc().update("DELETE FROM entry_record");
        db.jdbc().update("DELETE FROM entry_intake_file");
        db.jdbc().update("DELETE FROM entry_intake_rejected_row");
        db.jdbc().update("DELETE FROM entry_sku");
        intake = new IntakeFolder(folder, Duration.ofSeconds(30), new IntakeStore(db.jdbc()), db.transactions(),
                new IntakeCharset("auto"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void badRowsAreKeptWithLineFieldAndReasonWhileGoodRowsAreTakenIn() throws IOException {
        drop("entries-1.csv", String.join("\n", HEADER,
                "E1,receiving,RK0001,张伟,2026-12-04 09:15:00,A1001,12,件,,,,WH-SH,,0",
                "E2,receiving,RK0002,王芳,2026-12-04 10:00,A1002,twelve,件,,,,WH-SH,,0",
                "E3,outbound,CK0003,李娜,2026-12-04 11:00,A1003,1,箱,,2026-13-01,,WH-SH,SO1,0",
                ",outbound,CK0004,李娜,2026-12-04 11:00,A1003,1,箱,,,,WH-SH,SO1,0",
                "E5,return,TH0005,刘洋,2026-12-04 12:00,A1004,1,件,,,,WH-SH,,maybe",
                "E6,return,TH0006,刘洋,2026-12-04 12:00,A1004,1"), StandardCharsets.UTF_8);

        IntakeSummary summary = intake.takeAll(RunLog.NONE);

        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(5);
        assertThat(db.jdbc().queryForList("SELECT line_no, field, reason FROM entry_intake_rejected_row ORDER BY line_no"))
                .extracting(row -> row.get("line_no") + " " + row.get("field") + ": " + row.get("reason"))
                .containsExactly("3 quantity: is not a number",
                        "4 production_date: is not a date (expected 2026-03-01)",
                        "5 entry_id: is required",
                        "6 confirmed: is not a yes/no value (1/0, true/false, 是/否)",
                        "7 (row): has 7 cells, the header has 14");
        assertThat(db.jdbc().queryForObject("SELECT raw_row FROM entry_intake_rejected_row WHERE line_no = 3",
                String.class)).contains("twelve").contains("王芳");
        assertThat(db.jdbc().queryForMap("SELECT operator, unit, entered_at FROM entry_record WHERE entry_id = 'E1'"))
                .containsEntry("operator", "张伟").containsEntry("unit", "件");
        assertThat(folder.resolve("entries-1.csv")).doesNotExist();
        assertThat(folder.resolve("processed")).isDirectoryContaining("glob:**entries-1.csv");
    }

    @Test
    void aFileDroppedAgainIsMovedAsideUnreadAndNothingIsTakenTwice() throws IOException {
        String content = HEADER + "\nE1,receiving,RK0001,张伟,2026-12-04 09:15:00,A1001,12,件,,,,WH-SH,,0\n";
        drop("entries-a.csv", content, StandardCharsets.UTF_8);
        intake.takeAll(RunLog.NONE);
        db.jdbc().update("UPDATE entry_record SET quantity = 99 WHERE entry_id = 'E1'");
        drop("entries-a-copy.csv", content, StandardCharsets.UTF_8);

        IntakeSummary second = intake.takeAll(RunLog.NONE);

        assertThat(second.toString()).contains("duplicates=1").contains("rowsAccepted=0");
        assertThat(db.count("SELECT COUNT(*) FROM entry_record WHERE quantity = 99")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM entry_intake_file")).isEqualTo(1);
        assertThat(folder.resolve("processed")).isDirectoryContaining("glob:**duplicate-*entries-a-copy.csv");
    }

    @Test
    void gbkCsvFromChineseExcelIsDetectedAndReadAsChinese() throws IOException {
        drop("entries-gbk.csv", HEADER + "\nE7,receiving,RK0007,陈静,2026-12-04 09:00,A1001,2,箱,,,,仓库一,,是\n",
                Charset.forName("GBK"));

        intake.takeAll(RunLog.NONE);

        assertThat(db.jdbc().queryForMap("SELECT operator, unit, warehouse, confirmed FROM entry_record"))
                .containsEntry("operator", "陈静").containsEntry("unit", "箱").containsEntry("warehouse", "仓库一")
                .containsEntry("confirmed", true);
        assertThat(db.jdbc().queryForObject("SELECT charset_name FROM entry_intake_file", String.class))
                .isEqualTo("GB18030");
    }

    @Test
    void utf8WithBomKeepsTheFirstHeaderName() throws IOException {
        byte[] body = (HEADER + "\nE8,receiving,RK0008,杨磊,2026-12-04 09:00,A1001,2,箱,,,,WH-SH,,0\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        settle(Files.write(folder.resolve("entries-bom.csv"), withBom));

        intake.takeAll(RunLog.NONE);

        assertThat(db.jdbc().queryForObject("SELECT operator FROM entry_record WHERE entry_id = 'E8'", String.class))
                .isEqualTo("杨磊");
    }

    @Test
    void xlsxIsStreamedWithBadRowsReportedBySheetRow() throws IOException {
        Path file = folder.resolve("entries.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("录入");
            write(sheet.createRow(0), HEADER.split(","));
            write(sheet.createRow(1), "E9", "receiving", "RK0009", "赵敏", "2026-12-04 09:00:00", "A1001", "3", "箱",
                    "", "", "", "WH-SH", "", "0");
            write(sheet.createRow(2), "E10", "receiving", "RK0010", "赵敏", "yesterday", "A1001", "3", "箱", "", "",
                    "", "WH-SH", "", "0");
            workbook.write(out);
        }
        settle(file);

        IntakeSummary summary = intake.takeAll(RunLog.NONE);

        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(db.jdbc().queryForMap("SELECT line_no, field FROM entry_intake_rejected_row"))
                .isEqualTo(Map.of("line_no", 3, "field", "entered_at"));
        assertThat(folder.resolve("processed")).isDirectoryContaining("glob:**entries.xlsx");
    }

    @Test
    void anUnreadableWorkbookGoesToFailedWithItsReasonKept() throws IOException {
        drop("broken.xlsx", "this is not a zip", StandardCharsets.UTF_8);

        intake.takeAll(RunLog.NONE);

        assertThat(folder.resolve("failed")).isDirectoryContaining("glob:**broken.xlsx");
        assertThat(db.jdbc().queryForObject("SELECT reason FROM entry_intake_rejected_row WHERE line_no = 0",
                String.class)).startsWith("the file cannot be read");
    }

    @Test
    void aFileStillBeingWrittenWaitsForTheNextRun() throws IOException {
        Path file = Files.writeString(folder.resolve("entries-new.csv"), HEADER + "\n");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(5)));

        intake.takeAll(RunLog.NONE);

        assertThat(file).exists();
        assertThat(db.count("SELECT COUNT(*) FROM entry_intake_file")).isZero();
    }

    @Test
    void aSkuMasterFileFillsTheSkuTableWithUnitFactors() throws IOException {
        drop("sku-master.csv", String.join("\n",
                "code,barcode,name,category,base_unit,unit_factors,typical_min,typical_max,batch_managed,"
                        + "shelf_life_days",
                "A1001,6901234567892,矿泉水 550ml,A,件,件=1;箱=12,1,200,1,365",
                "A1002,,大米,A,g,g=1;kg=1000,200,5000,0,",
                "A1003,,牛奶,A,件,件=1;箱=x,1,200,0,",
                "A1004,,奶粉,A,件,件=1,1,200,1,"), StandardCharsets.UTF_8);

        intake.takeAll(RunLog.NONE);

        assertThat(db.jdbc().queryForList("SELECT code, unit_factors FROM entry_sku ORDER BY code"))
                .extracting(row -> row.get("code") + " " + row.get("unit_factors"))
                .containsExactly("A1001 件=1;箱=12", "A1002 g=1;kg=1000");
        assertThat(db.jdbc().queryForList("SELECT field FROM entry_intake_rejected_row ORDER BY line_no",
                String.class)).containsExactly("unit_factors", "shelf_life_days");
    }

    private void drop(String name, String content, Charset charset) throws IOException {
        settle(Files.write(folder.resolve(name), content.getBytes(charset)));
    }

    private static void settle(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(3600)));
    }

    private static void write(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
