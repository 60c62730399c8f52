package io.orderhub.report.entry.report;

import io.orderhub.common.time.ReadableTime;
import io.orderhub.report.file.ReportTable;
import io.orderhub.report.file.ReportTable.CellType;
import io.orderhub.report.publish.EchartsLibrary;
import io.orderhub.report.publish.ScriptSafeJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The HTML page of one day's report, rendered by Thymeleaf ({@code templates/entries/report.html}, every value
 * escaped by {@code th:text}) from the same tables the XLSX/CSV files get; each table shows at most
 * {@value #ROW_LIMIT} rows (the files have them all), and no more are read from a streamed table. The 30-day trend
 * is also drawn as a line chart by the inlined ECharts (the same {@link EchartsLibrary} as the health report).
 */
public class EntryReportPage {

    static final int ROW_LIMIT = 2000;
    private final ITemplateEngine templates;
    private final EchartsLibrary echarts;

    public EntryReportPage(ITemplateEngine templates, EchartsLibrary echarts) {
        this.templates = templates;
        this.echarts = echarts;
    }

    public String render(LocalDate day, long entries, long findings, long entriesWithErrors, LocalDateTime written,
            List<ReportTable> tables) {
        ReportTable trend = tables.stream().filter(t -> t.name().equals(EntryReportTables.TREND)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the report has no table " + EntryReportTables.TREND));
        Context context = new Context();
        context.setVariables(Map.of("day", day.toString(), "entries", entries, "findings", findings,
                "entriesWithErrors", entriesWithErrors, "written", ReadableTime.of(written), "rowLimit", ROW_LIMIT,
                "tables", tables.stream().map(EntryReportPage::view).toList(),
                "trendData", ScriptSafeJson.write(EntryTrendChart.of(day, EntryReportTables.TREND_DAYS, trend)),
                "echarts", echarts.script()));
        return templates.process("entries/report", context);
    }

    private static TableView view(ReportTable table) {
        List<String> headers = table.columns().stream().map(ReportTable.ReportColumn::header).toList();
        List<Boolean> numeric = table.columns().stream().map(c -> c.type() != CellType.TEXT
                && c.type() != CellType.DATE && c.type() != CellType.DATE_TIME).toList();
        List<List<String>> rows = new ArrayList<>();
        boolean truncated = false;
        for (List<?> row : table.rows()) {
            if (rows.size() == ROW_LIMIT) {
                truncated = true; // one row past the limit is enough to know: the rest is never read
                break;
            }
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(text(row.get(i), table.columns().get(i).type()));
            }
            rows.add(cells);
        }
        return new TableView(table.name().replace('_', ' '), headers, numeric, rows, truncated);
    }

    private static String text(Object value, CellType type) {
        if (value == null) {
            return "";
        }
        if (type == CellType.PERCENT && value instanceof BigDecimal fraction) {
            return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
        }
        if (value instanceof LocalDateTime time) {
            return ReadableTime.of(time);
        }
        return value.toString();
    }

    /** One table as the template reads it. */
    public record TableView(String title, List<String> headers, List<Boolean> numeric, List<List<String>> rows,
            boolean truncated) {
    }
}
