package io.orderhub.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.health.HealthReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HealthReportPageTest {

    static HealthReportPage page;

    @BeforeAll
    static void readEcharts() {
        page = new HealthReportPage(EchartsLibrary.fromWebJar());
    }

    @Test
    void hostileNamesNeitherEndTheDataScriptNorBecomeMarkup() throws Exception {
        String html = render(SampleHealthReports.threeDays());

        // The only </script> are the page's own three elements: the hostile name closes none of them.
        assertThat(count(html, "</script>")).isEqualTo(3);
        assertThat(html).doesNotContain("<script>alert(");
        assertThat(html).contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;&lt;!--");
        JsonNode data = JsonMapper.builder().build().readTree(dataBlock(html));
        assertThat(data.get("trends").get(1).get("lines").get(1).get("name").asString())
                .isEqualTo("jd · " + SampleHealthReports.HOSTILE_SHOP);
    }

    @Test
    void theDataBlockEscapesHtmlSignificantCharacters() throws Exception {
        String json = dataBlock(render(SampleHealthReports.threeDays()));

        assertThat(json).doesNotContain("<", ">", "&", "'").contains("\\u003C/script\\u003E");
    }

    @Test
    void echartsIsInlinedAndNothingIsLoadedFromOutside() throws Exception {
        String html = render(SampleHealthReports.withoutData());

        String echarts = EchartsLibrary.fromWebJar().script();
        assertThat(html.contains(echarts)).as("the whole ECharts library is in the page").isTrue();
        // ECharts itself names the SVG namespace (http://www.w3.org/2000/svg), a name it never fetches.
        String ours = html.replace(echarts, "");
        assertThat(ours).doesNotContain(" src=", "<link ", "http://", "https://", "url(");
    }

    @Test
    void aFigureWithoutDataReadsNotMeasuredAndItsChartPointIsAGap() throws Exception {
        String html = render(SampleHealthReports.threeDays());

        Matcher hostileRow = Pattern.compile("<td>jd</td>\\s*<td>[^<]*alert[^<]*</td>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(hostileRow.find()).isTrue();
        assertThat(hostileRow.group(1)).contains("not measured").doesNotContain(">0.0 %<");
        JsonNode accuracy = JsonMapper.builder().build().readTree(dataBlock(html)).get("trends").get(2);
        assertThat(accuracy.get("key").asString()).isEqualTo("accuracy");
        assertThat(accuracy.get("lines").get(1).get("values").get(0).isNull()).isTrue();
        assertThat(accuracy.get("lines").get(0).get("values").get(0).asDouble()).isEqualTo(0.96);
    }

    @Test
    void theBottleneckMaturityBandAndActionsAreNamed() throws Exception {
        String html = render(SampleHealthReports.threeDays());

        assertThat(html).contains("PAID → SHIPPED", "12 / 20 — intermediate", "raise data consistency 5",
                "Generated 2026-12-04 06:00:00 GMT+8");
        for (String chart : new String[] {"trend-orders", "trend-on-time", "trend-accuracy", "trend-exceptions",
                "trend-refunds", "trend-paid-shipped-p50", "trend-paid-shipped-p95", "trend-sync-lag",
                "stage-durations", "order-flow", "fulfilment"}) {
            assertThat(html).contains("id=\"" + chart + "\"");
        }
    }

    @Test
    void aReportWithoutDataStillRendersAndSaysSo() throws Exception {
        String html = render(SampleHealthReports.withoutData());

        assertThat(html).contains("No shop had orders in this range.", "Not assessed for this report.",
                "No late SKU line in this range.");
    }

    private static String render(HealthReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.render(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String dataBlock(String html) {
        Matcher block = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(block.find()).isTrue();
        return block.group(1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
