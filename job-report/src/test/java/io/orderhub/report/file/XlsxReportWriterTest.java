package io.orderhub.report.file;

import static io.orderhub.report.file.ReportTable.CellType.DATE;
import static io.orderhub.report.file.ReportTable.CellType.DATE_TIME;
import static io.orderhub.report.file.ReportTable.CellType.DECIMAL;
import static io.orderhub.report.file.ReportTable.CellType.DURATION_SECONDS;
import static io.orderhub.report.file.ReportTable.CellType.INTEGER;
import static io.orderhub.report.file.ReportTable.CellType.PERCENT;
import static io.orderhub.report.file.ReportTable.CellType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.report.file.ReportTable.ReportColumn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {

    static final List<ReportColumn> COLUMNS = List.of(new ReportColumn("shop", TEXT),
            new ReportColumn("orders", INTEGER), new ReportColumn("amount", DECIMAL),
            new ReportColumn("on-time", PERCENT), new ReportColumn("day", DATE),
            new ReportColumn("generated", DATE_TIME), new ReportColumn("p95", DURATION_SECONDS));

    @Test
    void cellsAreTypedAndReadBackCellByCell() throws Exception {
        ReportTable table = new ReportTable("daily", COLUMNS, List.of(
                Arrays.asList("旗舰店-杭州", 1234L, new BigDecimal("-56.78"), 0.953, LocalDate.of(2026, 12, 1),
                        LocalDateTime.of(2026, 12, 2, 6, 30, 15), 90_000L),
                Arrays.asList("=HYPERLINK(\"http://evil\")", 0, -5.5, null, null, null, 30.5)));

        try (XSSFWorkbook workbook = reopen(List.of(table))) {
            XSSFSheet sheet = workbook.getSheet("daily");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Cell shop = sheet.getRow(1).getCell(0);
            assertThat(shop.getCellType()).isEqualTo(CellType.STRING);
            assertThat(shop.getStringCellValue()).isEqualTo("旗舰店-杭州");
            assertNumber(sheet.getRow(1).getCell(1), 1234, "#,##0");
            assertNumber(sheet.getRow(1).getCell(2), -56.78, "#,##0.00");
            assertNumber(sheet.getRow(1).getCell(3), 0.953, "0.0%");
            Cell day = sheet.getRow(1).getCell(4);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 1, 0, 0));
            assertThat(sheet.getRow(1).getCell(5).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 12, 2, 6, 30, 15));
            assertNumber(sheet.getRow(1).getCell(6), 90_000 / 86_400.0, "[h]:mm:ss");

            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertNumber(sheet.getRow(2).getCell(2), -5.5, "#,##0.00");
            assertThat(sheet.getRow(2).getCell(3)).as("an empty value is an empty cell, not 0").isNull();
        }
    }

    @Test
    void theHeaderIsBoldFrozenAndFiltered() throws Exception {
        ReportTable table = new ReportTable("daily", COLUMNS, List.of(
                Arrays.asList("a", 1, 1.0, 0.5, LocalDate.of(2026, 12, 1), null, 1)));

        try (XSSFWorkbook workbook = reopen(List.of(table))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell header = sheet.getRow(0).getCell(c);
                assertThat(header.getStringCellValue()).isEqualTo(COLUMNS.get(c).header());
                assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G2");
        }
    }

    @Test
    void sheetNamesAreMadeValidAndUnique() throws Exception {
        List<ReportColumn> one = List.of(new ReportColumn("x", TEXT));
        List<ReportTable> tables = List.of(new ReportTable("shops/by:day?", one, List.of()),
                new ReportTable("a-very-long-table-name-past-31-characters", one, List.of()),
                new ReportTable("A-VERY-LONG-TABLE-NAME-PAST-31-characters", one, List.of()),
                new ReportTable("[maturity]", one, List.of()));

        try (XSSFWorkbook workbook = reopen(tables)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(0)).isEqualTo("shops_by_day_");
            assertThat(workbook.getSheetName(1)).isEqualTo("a-very-long-table-name-past-31-");
            assertThat(workbook.getSheetName(2)).isEqualTo("A-VERY-LONG-TABLE-NAME-PAST (2)").hasSize(31);
            assertThat(workbook.getSheetName(3)).isEqualTo("_maturity_");
        }
    }

    @Test
    void columnsAreWideEnoughForTheirTextAndChineseCountsDouble() throws Exception {
        ReportTable table = new ReportTable("t", List.of(new ReportColumn("shop", TEXT),
                new ReportColumn("n", INTEGER), new ReportColumn("remark", TEXT)), List.of(
                Arrays.asList("旗舰店旗舰店旗舰店旗舰店", 1, "x".repeat(500))));

        try (XSSFWorkbook workbook = reopen(List.of(table))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0)).isEqualTo((24 + 1) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo((4 + 1) * 256);
            assertThat(sheet.getColumnWidth(2)).as("capped").isEqualTo((60 + 1) * 256);
        }
    }

    @Test
    void textLongerThanACellHoldsIsCutAndMarkedInsteadOfFailingTheReport() throws Exception {
        String remark = "备注".repeat(20_000);
        ReportTable table = new ReportTable("t", List.of(new ReportColumn("remark", TEXT)), List.of(List.of(remark)));

        try (XSSFWorkbook workbook = reopen(List.of(table))) {
            String stored = workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(stored).hasSize(32_767).endsWith(XlsxReportWriter.TRUNCATED)
                    .startsWith(remark.substring(0, 32_000));
        }
    }

    @Test
    void aValueOfTheWrongKindNamesTableRowAndColumn() {
        ReportTable table = new ReportTable("daily", List.of(new ReportColumn("orders", INTEGER)),
                List.of(List.of(3), List.of(2.5)));

        assertThatThrownBy(() -> new XlsxReportWriter().write(List.of(table), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report table daily, row 2, column 'orders' (INTEGER): expected a whole number, was 2.5");
    }

    @Test
    void aRowOfAnotherWidthIsRefused() {
        ReportTable table = new ReportTable("daily", List.of(new ReportColumn("orders", INTEGER)),
                List.of(List.of(3, 4)));

        assertThatThrownBy(() -> new XlsxReportWriter().write(List.of(table), new ByteArrayOutputStream()))
                .hasMessage("report table daily, row 1: 2 cell(s) for 1 column(s)");
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isCloseTo(value, Offset.offset(1e-9));
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    static XSSFWorkbook reopen(List<ReportTable> tables) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(tables, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
