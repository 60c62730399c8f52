package io.orderhub.report.file;

import io.orderhub.report.file.ReportTable.ReportColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One report table as CSV: UTF-8 with a byte-order mark (without it Excel reads the file in the machine's ANSI code
 * page and Chinese shop names turn to mojibake), CRLF line ends (RFC 4180), a header row. Numbers are written plain
 * (no grouping, "." as decimal point), PERCENT as the fraction (0.953), DURATION_SECONDS as seconds, dates ISO
 * ({@code 2026-12-04}, {@code 2026-12-04 18:30:00}); text neutralised by {@link SpreadsheetCells}.
 */
public class CsvReportWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    /** Writes the table; the stream is flushed, not closed. Returns the number of data rows written. */
    public long write(ReportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        List<String> headers = new ArrayList<>();
        for (ReportColumn column : table.columns()) {
            headers.add(SpreadsheetCells.neutralise(column.header()));
        }
        printer.printRecord(headers);
        long row = 0;
        List<String> cells = new ArrayList<>(table.columns().size());
        for (List<?> values : table.rows()) {
            row++;
            if (values.size() != table.columns().size()) {
                throw TypedCellValues.wrongWidth(table.name(), row, values.size(), table.columns().size());
            }
            cells.clear();
            for (int c = 0; c < values.size(); c++) {
                cells.add(cell(table.name(), row, table.columns().get(c), values.get(c)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
        return row;
    }

    private static String cell(String table, long row, ReportColumn column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> TypedCellValues.text(value);
            case INTEGER -> Long.toString(TypedCellValues.whole(table, row, column, value));
            case DECIMAL, PERCENT, DURATION_SECONDS -> plain(value, TypedCellValues.decimal(table, row, column, value));
            case DATE -> TypedCellValues.date(table, row, column, value).toString();
            case DATE_TIME -> TypedCellValues.dateTime(table, row, column, value).format(DATE_TIME);
        };
    }

    /** Exact for BigDecimal and whole numbers, the shortest round-tripping text for doubles; never exponent form. */
    private static String plain(Object value, double checked) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        return BigDecimal.valueOf(checked).stripTrailingZeros().toPlainString();
    }
}
