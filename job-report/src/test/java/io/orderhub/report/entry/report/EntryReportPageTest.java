package io.orderhub.report.entry.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.file.ReportTable;
import io.orderhub.report.file.ReportTable.CellType;
import io.orderhub.report.file.ReportTable.ReportColumn;
import io.orderhub.report.publish.EchartsLibrary;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The HTML page: the 30-day trend as a chart and a table, and a long table read no further than it shows. */
class EntryReportPageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final EchartsLibrary ECHARTS = EchartsLibrary.fromWebJar();

    @Test
    void theTrendIsDrawnAsALineChartFromItsTableWithGapsOnDaysWithoutAReport() {
        ReportTable trend = trend(List.of(
                Arrays.asList(DAY.minusDays(2), 1200L, 37L, new BigDecimal("0.0280")),
                Arrays.asList(DAY, 1100L, 12L, new BigDecimal("0.0100"))));

        String html = page().render(DAY, 1100, 12, 11, LocalDateTime.of(2026, 12, 5, 2, 30), List.of(trend));

        assertThat(html).contains("id=\"trend-chart\"").contains(ECHARTS.script())
                .contains("echarts.init(document.getElementById('trend-chart')")
                .contains("<td class=\"number\">37</td>");
        EntryTrendChart chart = EntryTrendChart.of(DAY, EntryReportTables.TREND_DAYS, trend);
        assertThat(chart.days()).hasSize(30).startsWith("2026-11-05").endsWith("2026-12-04");
        assertThat(chart.findings().subList(27, 30)).containsExactly(37L, null, 12L);
        assertThat(chart.errorRates().get(29)).isEqualByComparingTo("0.01");
        assertThat(html).contains("\"findings\":[null,").contains("37,null,12]");
    }

    @Test
    void aStreamedTableIsReadOnlyOneRowPastWhatThePageShows() {
        AtomicInteger read = new AtomicInteger();
        Iterable<List<?>> endless = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public List<?> next() {
                return List.of("7302019384756102" + read.incrementAndGet());
            }
        };
        ReportTable findings = new ReportTable("findings", List.of(new ReportColumn("entry", CellType.TEXT)),
                endless);

        String html = page().render(DAY, 10, 10, 10, LocalDateTime.of(2026, 12, 5, 2, 30),
                List.of(trend(List.of()), findings));

        assertThat(read.get()).isEqualTo(EntryReportPage.ROW_LIMIT + 1);
        assertThat(html).contains("first 2000 rows; the XLSX and CSV files have them all");
    }

    private static ReportTable trend(List<List<?>> rows) {
        return new ReportTable(EntryReportTables.TREND, List.of(new ReportColumn("day", CellType.DATE),
                new ReportColumn("entries", CellType.INTEGER), new ReportColumn("findings", CellType.INTEGER),
                new ReportColumn("entries with errors", CellType.PERCENT)), rows);
    }

    private static EntryReportPage page() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        return new EntryReportPage(templates, ECHARTS);
    }
}
