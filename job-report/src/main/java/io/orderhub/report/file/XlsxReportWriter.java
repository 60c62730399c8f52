package io.orderhub.report.file;

import io.orderhub.report.file.ReportTable.CellType;
import io.orderhub.report.file.ReportTable.ReportColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Report tables as one XLSX workbook, one sheet per table, written with POI's streaming writer (SXSSF: only a window
 * of rows in memory, the rest in a compressed temporary file), so a million-row table fits the executor's heap.
 * Each sheet: a bold header row, frozen, with an autofilter over the data; typed cells (numbers, dates, percent and
 * durations are numbers with a display format, so they sort and sum); text neutralised by {@link SpreadsheetCells};
 * column widths from the longest value written (CJK characters count double), within bounds.
 */
public class XlsxReportWriter {

    /** Rows SXSSF keeps in memory before flushing to its temporary file. */
    private static final int ROW_WINDOW = 200;
    /** Excel's last row (1,048,576 including the header). */
    static final int MAX_DATA_ROWS = 1_048_575;
    private static final double SECONDS_PER_DAY = 86_400.0;
    static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String TRUNCATED = "… (truncated: the CSV has the full text)";
    private static final Map<CellType, String> FORMATS = new EnumMap<>(Map.of(
            CellType.INTEGER, "#,##0",
            CellType.DECIMAL, "#,##0.00",
            CellType.PERCENT, "0.0%",
            CellType.DATE, "yyyy-mm-dd",
            CellType.DATE_TIME, "yyyy-mm-dd hh:mm:ss",
            CellType.DURATION_SECONDS, "[h]:mm:ss"));

    /** Writes the workbook; the stream is not closed. Returns the data rows written per table, in order. */
    public long[] write(List<ReportTable> tables, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            CellStyles styles = new CellStyles(workbook);
            SheetNames names = new SheetNames();
            long[] rows = new long[tables.size()];
            for (int t = 0; t < tables.size(); t++) {
                ReportTable table = tables.get(t);
                rows[t] = writeSheet(workbook.createSheet(names.next(table.name())), table, styles);
            }
            workbook.write(out);
            out.flush();
            return rows;
        } finally {
            // The rows' temporary files go with the workbook, also when a row fails half-way (dispose, then close:
            // older POI releases deleted them only in dispose).
            workbook.dispose();
            workbook.close();
        }
    }

    private long writeSheet(SXSSFSheet sheet, ReportTable table, CellStyles styles) {
        List<ReportColumn> columns = table.columns();
        ColumnWidths widths = new ColumnWidths(columns);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            String text = SpreadsheetCells.neutralise(columns.get(c).header());
            cell.setCellValue(text);
            cell.setCellStyle(styles.header);
        }
        int row = 0;
        for (List<?> values : table.rows()) {
            row++;
            if (row > MAX_DATA_ROWS) {
                throw new IllegalArgumentException("report table " + table.name() + " has more than "
                        + MAX_DATA_ROWS + " rows, the most one XLSX sheet holds");
            }
            if (values.size() != columns.size()) {
                throw TypedCellValues.wrongWidth(table.name(), row, values.size(), columns.size());
            }
            Row sheetRow = sheet.createRow(row);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    writeCell(sheetRow.createCell(c), table.name(), row, columns.get(c), value, styles, widths, c);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(row, 1), 0, columns.size() - 1));
        widths.applyTo(sheet);
        return row;
    }

    private static void writeCell(Cell cell, String table, int row, ReportColumn column, Object value,
            CellStyles styles, ColumnWidths widths, int c) {
        switch (column.type()) {
            case TEXT -> {
                String text = fitted(TypedCellValues.text(value));
                cell.setCellValue(text);
                widths.text(c, text);
            }
            case INTEGER -> {
                long whole = TypedCellValues.whole(table, row, column, value);
                cell.setCellValue(whole);
                widths.text(c, String.format("%,d", whole));
            }
            case DECIMAL, PERCENT -> {
                double number = TypedCellValues.decimal(table, row, column, value);
                cell.setCellValue(number);
                widths.number(c, number);
            }
            case DURATION_SECONDS -> {
                double seconds = TypedCellValues.decimal(table, row, column, value);
                // Excel's durations are fractions of a day shown with [h]:mm:ss (hours past 24 keep counting).
                cell.setCellValue(seconds / SECONDS_PER_DAY);
                widths.number(c, seconds / 3600);
            }
            case DATE -> cell.setCellValue(TypedCellValues.date(table, row, column, value));
            case DATE_TIME -> cell.setCellValue(TypedCellValues.dateTime(table, row, column, value));
        }
        cell.setCellStyle(styles.of(column.type()));
    }

    /**
     * Text as long as a cell may hold (Excel: 32,767 characters; POI refuses more): one remark pasted a thousand times
     * must not cost the whole report. The cut is marked; the CSV keeps the full text.
     */
    static String fitted(String text) {
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int keep = MAX_CELL_CHARS - TRUNCATED.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + TRUNCATED;
    }

    /** One style per cell type, shared by every sheet (a workbook holds at most 64,000 styles). */
    private static final class CellStyles {

        final CellStyle header;
        private final Map<CellType, CellStyle> byType = new EnumMap<>(CellType.class);

        CellStyles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            for (CellType type : CellType.values()) {
                CellStyle style = workbook.createCellStyle();
                String format = FORMATS.get(type);
                if (format != null) {
                    style.setDataFormat(workbook.createDataFormat().getFormat(format));
                }
                byType.put(type, style);
            }
        }

        CellStyle of(CellType type) {
            return byType.get(type);
        }
    }
}
