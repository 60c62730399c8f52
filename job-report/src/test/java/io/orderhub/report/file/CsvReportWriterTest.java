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
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    static final List<ReportColumn> COLUMNS = List.of(new ReportColumn("店铺", TEXT),
            new ReportColumn("orders", INTEGER), new ReportColumn("amount", DECIMAL),
            new ReportColumn("on-time", PERCENT), new ReportColumn("day", DATE),
            new ReportColumn("generated", DATE_TIME), new ReportColumn("p95", DURATION_SECONDS));

    @Test
    void startsWithTheByteOrderMarkAndEndsLinesWithCrLf() throws Exception {
        byte[] bytes = write(new ReportTable("t", List.of(new ReportColumn("a", TEXT)), List.of(List.of("x"))));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa\r\nx\r\n");
    }

    @Test
    void readsBackWithItsBomAsTheValuesWritten() throws Exception {
        byte[] bytes = write(new ReportTable("daily", COLUMNS, List.of(
                Arrays.asList("旗舰店, \"杭州\"\n二店", 1234L, new BigDecimal("-56.78"), 0.953,
                        LocalDate.of(2026, 12, 1), LocalDateTime.of(2026, 12, 2, 6, 30, 15), 90_000L),
                Arrays.asList("@SUM(A1:A2)", 0, 1e-7, null, null, null, 30.5))));

        try (BOMInputStream in = BOMInputStream.builder().setInputStream(new ByteArrayInputStream(bytes)).get();
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(in.hasBOM()).isTrue();
            assertThat(parser.getHeaderNames()).containsExactly("店铺", "orders", "amount", "on-time", "day",
                    "generated", "p95");
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.get(0).values()).containsExactly("旗舰店, \"杭州\"\n二店", "1234", "-56.78", "0.953",
                    "2026-12-01", "2026-12-02 06:30:15", "90000");
            assertThat(records.get(1).values()).containsExactly("'@SUM(A1:A2)", "0", "0.0000001", "", "", "",
                    "30.5");
        }
    }

    @Test
    void formulaLikeTextInEveryPositionIsNeutralisedButNegativeNumbersStayNumbers() throws Exception {
        byte[] bytes = write(new ReportTable("t", List.of(new ReportColumn("=header", TEXT),
                new ReportColumn("n", DECIMAL)), List.of(
                List.of("+1", -3), List.of("-2", -3.25), List.of("\t=x", 0), List.of("\r=x", 0),
                List.of(" =1+1", 0), List.of("＝1", 0), List.of("plain - text", 0))));

        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly("\uFEFF'=header,n", "'+1,-3", "'-2,-3.25",
                "'\t=x,0", "\"'\r=x\",0", "' =1+1,0", "'＝1,0", "plain - text,0");
    }

    @Test
    void aValueOfTheWrongKindNamesTableRowAndColumn() {
        ReportTable table = new ReportTable("daily", List.of(new ReportColumn("day", DATE)),
                List.of(List.of("2026-12-01")));

        assertThatThrownBy(() -> write(table)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report table daily, row 1, column 'day' (DATE): expected a LocalDate, was String");
    }

    private static byte[] write(ReportTable table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter().write(table, out);
        return out.toByteArray();
    }
}
