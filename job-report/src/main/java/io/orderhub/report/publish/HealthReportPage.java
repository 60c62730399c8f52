package io.orderhub.report.publish;

import io.orderhub.report.health.HealthReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The self-contained HTML page of a health report ({@code templates/health/report.html}): tables rendered by
 * Thymeleaf (text escaped), the charts drawn in the browser by the inlined ECharts from the report's data, which is
 * JSON in a {@code <script type="application/json">} element ({@link ScriptSafeJson}). The page loads nothing: it
 * works from a downloaded file without a network.
 */
public class HealthReportPage {

    static final String TEMPLATE = "health/report";
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SpringTemplateEngine engine;
    private final EchartsLibrary echarts;

    public HealthReportPage(EchartsLibrary echarts) {
        this.echarts = echarts;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HealthReportPage.class
                .getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** Writes the page as UTF-8; the stream is flushed, not closed. */
    public void render(HealthReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        engine.process(TEMPLATE, context(report), writer);
        writer.flush();
    }

    private Context context(HealthReport report) {
        List<LocalDate> dates = Stream.iterate(report.from(), d -> !d.isAfter(report.to()), d -> d.plusDays(1))
                .toList();
        List<TrendCharts.Trend> trends = TrendCharts.of(dates, report.days());
        FlowCharts.Bars bars = FlowCharts.bars(report.flow());
        FlowCharts.Graph graph = FlowCharts.graph(report.flow());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("days", dates.stream().map(LocalDate::toString).toList());
        data.put("trends", trends);
        data.put("stageBars", bars);
        data.put("flow", graph);
        data.put("fulfilment", FulfilmentChart.heatmap(dates, report.fulfilment()));

        Context context = new Context();
        context.setVariable("from", report.from().toString());
        context.setVariable("to", report.to().toString());
        context.setVariable("generatedAt", report.generatedAt().format(GENERATED) + " GMT+8");
        context.setVariable("shops", ShopSummary.of(report.days()));
        context.setVariable("trends", trends);
        context.setVariable("bottlenecks", bars.bottlenecks());
        context.setVariable("flowChannel", graph.channel());
        context.setVariable("worstCells", FulfilmentChart.worst(report.fulfilment()).stream()
                .map(WorstFulfilmentRow::of).toList());
        context.setVariable("maturity", report.maturity().orElse(null));
        context.setVariable("data", ScriptSafeJson.write(data));
        context.setVariable("echarts", echarts.script());
        return context;
    }
}
