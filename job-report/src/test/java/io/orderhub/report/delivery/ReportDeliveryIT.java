package io.orderhub.report.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.orderhub.common.alert.AlertReceivers;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.stats.SampledProportion;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.report.download.LinkCheck;
import io.orderhub.report.download.SignedLinks;
import io.orderhub.report.health.DailyIndicators;
import io.orderhub.report.health.HealthReport;
import io.orderhub.report.health.HealthReportDelivery.DeliveryOutcome;
import io.orderhub.report.health.MaturityAssessment;
import io.orderhub.report.health.OnTimeShipping;
import io.orderhub.report.store.ReportFile;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report summary delivered to a real in-process SMTP server (GreenMail) and to fakes of the three IM robots
 * (MockWebServer) that check what the real ones check: DingTalk's and Feishu's signatures, the tokens in the URLs.
 */
class ReportDeliveryIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final Instant NOW = Instant.parse("2026-11-03T01:00:00.250Z");
    static final String DING_TOKEN = "dingTOKEN-in-url-0001";
    static final String DING_SECRET = "SECding-signing-secret-0123456789";
    static final String WECOM_KEY = "wecom-KEY-in-url-0002";
    static final String FEISHU_TOKEN = "feishu-TOKEN-in-path-0003";
    static final String FEISHU_SECRET = "feishu-signing-secret-abcdef";
    static final String HTML_REPORT = "health-2026-11-01-2026-11-02.html";
    static final String XLSX_REPORT = "health-2026-11-01-2026-11-02.xlsx";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @StartStop
    final MockWebServer dingTalk = new MockWebServer();
    @StartStop
    final MockWebServer weCom = new MockWebServer();
    @StartStop
    final MockWebServer feishu = new MockWebServer();

    final MutableClock clock = new MutableClock(NOW);
    final SignedLinks links = new SignedLinks("report-link-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8),
            URI.create("https://reports.example.com/"), Duration.ofDays(7), clock);

    ReceiverDelivery delivery() {
        return delivery(smtp.getSmtp().getPort());
    }

    ReceiverDelivery delivery(int smtpPort) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("oms.report.delivery.receivers.managers.type", "email");
        config.put("oms.report.delivery.receivers.managers.to", "店长 <manager@example.com>");
        config.put("oms.report.delivery.receivers.ding.type", "dingtalk");
        config.put("oms.report.delivery.receivers.ding.url", "env:DING_URL");
        config.put("oms.report.delivery.receivers.ding.secret", "env:DING_SECRET");
        config.put("oms.report.delivery.receivers.wecom.type", "wecom");
        config.put("oms.report.delivery.receivers.wecom.url", "env:WECOM_URL");
        config.put("oms.report.delivery.receivers.lark.type", "feishu");
        config.put("oms.report.delivery.receivers.lark.url", "env:FEISHU_URL");
        config.put("oms.report.delivery.receivers.lark.secret", "env:FEISHU_SECRET");
        ReportDeliveryProperties properties = new Binder(new MapConfigurationPropertySource(config))
                .bindOrCreate("oms.report.delivery", ReportDeliveryProperties.class);
        MockEnvironment environment = new MockEnvironment()
                .withProperty("DING_URL", dingTalk.url("/robot/send?access_token=" + DING_TOKEN).toString())
                .withProperty("DING_SECRET", DING_SECRET)
                .withProperty("WECOM_URL", weCom.url("/cgi-bin/webhook/send?key=" + WECOM_KEY).toString())
                .withProperty("FEISHU_URL", feishu.url("/open-apis/bot/v2/hook/" + FEISHU_TOKEN).toString())
                .withProperty("FEISHU_SECRET", FEISHU_SECRET);
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtpPort);
        AlertReceivers receivers = AlertReceivers.create(ReportDeliveryProperties.RECEIVERS, properties.receivers(),
                properties.emailFrom(), new SecretResolver(environment), new OkHttpClient(), mail, clock);
        return new ReceiverDelivery(receivers, new SummaryMessage(ReportDeliveryConfiguration.summaryTemplates()),
                links);
    }

    /** Two shops over two days; the JD shop (a name with markup) ships 1 of 4 due orders on time: the worst. */
    static HealthReport report() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        DailyIndicators taobao = new DailyIndicators(day, "TAOBAO", "1001", 10, new OnTimeShipping(9, 1, 0, 0, 0, 0),
                new SampledProportion(49, 50), 1, 1, Optional.empty(), Optional.empty());
        DailyIndicators jd = new DailyIndicators(day.plusDays(1), "JD", "<b>7</b>", 5,
                new OnTimeShipping(1, 2, 1, 1, 0, 0), new SampledProportion(0, 0), 2, 0, Optional.empty(),
                Optional.empty());
        MaturityAssessment maturity = new MaturityAssessment(List.of(), "base (< 12): fix the three base problems first",
                List.of("schedule stateAccuracySample"));
        return new HealthReport(day, day.plusDays(1), LocalDateTime.of(2026, 11, 3, 9, 0), List.of(taobao, jd),
                List.of(), List.of(), List.of(), Optional.of(maturity));
    }

    static List<ReportFile> files() {
        return List.of(new ReportFile(XLSX_REPORT, 2048, NOW), new ReportFile(HTML_REPORT, 1024, NOW));
    }

    static MockResponse ok(String body) {
        return new MockResponse.Builder().body(body).build();
    }

    void everyRobotAccepts() {
        dingTalk.enqueue(ok("{\"errcode\":0,\"errmsg\":\"ok\"}"));
        weCom.enqueue(ok("{\"errcode\":0,\"errmsg\":\"ok\"}"));
        feishu.enqueue(ok("{\"code\":0,\"msg\":\"success\"}"));
    }

    @Test
    void mailCarriesTheHtmlSummaryInlineWithTheWorstShopEscapedAndTheSignedLink() throws Exception {
        everyRobotAccepts();

        DeliveryOutcome outcome = delivery().deliver(report(), files());

        assertThat(outcome).isEqualTo(new DeliveryOutcome(4, List.of()));
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("order-hub health report 2026-11-01 – 2026-11-02");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        // 10 of 14 due orders on time; 49/50 compared; 3 of 15 orders with exceptions; 1 of 15 refunded.
        assertThat(html).contains("71.4 %", "98.0 % (49/50", "20.0 %", "6.7 %", "2026-11-03 09:00:00 GMT+8")
                .contains("JD &lt;b&gt;7&lt;/b&gt;: on-time 25.0 % of 4 due orders, exception ratio 40.0 %")
                .doesNotContain("<b>7</b>")
                .contains("schedule stateAccuracySample");
        String link = links.linkTo(HTML_REPORT).toString();
        assertThat(html).contains("href=\"" + link.replace("&", "&amp;") + "\"");
        assertThat(text).contains("Report: " + link);
        URI sent = URI.create(link);
        Map<String, String> query = query(sent);
        assertThat(links.check(sent.getPath(), query.get("expires"), query.get("sig"))).isEqualTo(LinkCheck.VALID);
    }

    @Test
    void dingTalkGetsMarkdownWithTheLinkOnAUrlSignedWithTimestampAndHmac() throws Exception {
        everyRobotAccepts();

        delivery().deliver(report(), files());

        RecordedRequest request = dingTalk.takeRequest();
        String timestamp = Long.toString(NOW.toEpochMilli());
        String sign = hmacBase64(DING_SECRET, timestamp + "\n" + DING_SECRET);
        assertThat(request.getUrl().encodedQuery()).isEqualTo("access_token=" + DING_TOKEN + "&timestamp=" + timestamp
                + "&sign=" + URLEncoder.encode(sign, StandardCharsets.UTF_8));
        JsonNode body = json(request);
        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("title").asString())
                .isEqualTo("order-hub health report 2026-11-01 – 2026-11-02");
        assertThat(body.path("markdown").path("text").asString())
                .contains("[Open the report](" + links.linkTo(HTML_REPORT) + ")")
                .contains("- **On-time shipping (准时发货率)**: 71.4 %")
                .contains("- **Worst shop**: JD &lt;b\\>7&lt;/b\\>: on-time 25.0 %")
                .doesNotContain("<b>");
    }

    @Test
    void weComGetsMarkdownContentPostedToItsKeyedUrl() throws Exception {
        everyRobotAccepts();

        delivery().deliver(report(), files());

        RecordedRequest request = weCom.takeRequest();
        assertThat(request.getUrl().queryParameter("key")).isEqualTo(WECOM_KEY);
        JsonNode body = json(request);
        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        String content = body.path("markdown").path("content").asString();
        assertThat(content).contains("[Open the report](" + links.linkTo(HTML_REPORT) + ")");
        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
    }

    @Test
    void feishuGetsACardSignedInTheBodyWithTheSecretInTheKey() throws Exception {
        everyRobotAccepts();

        delivery().deliver(report(), files());

        RecordedRequest request = feishu.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/open-apis/bot/v2/hook/" + FEISHU_TOKEN);
        JsonNode body = json(request);
        String timestamp = Long.toString(NOW.getEpochSecond());
        assertThat(body.path("timestamp").asString()).isEqualTo(timestamp);
        assertThat(body.path("sign").asString()).isEqualTo(hmacBase64(timestamp + "\n" + FEISHU_SECRET, ""));
        assertThat(body.path("msg_type").asString()).isEqualTo("interactive");
        assertThat(body.path("card").path("header").path("title").path("content").asString())
                .isEqualTo("order-hub health report 2026-11-01 – 2026-11-02");
        JsonNode text = body.path("card").path("elements").get(0).path("text");
        assertThat(text.path("tag").asString()).isEqualTo("lark_md");
        assertThat(text.path("content").asString()).contains("[Open the report](" + links.linkTo(HTML_REPORT) + ")");
    }

    @Test
    void aRefusingRobotIsReportedWithItsReasonButNoSecretAndTheOthersStillGetTheSummary() {
        dingTalk.enqueue(ok("{\"errcode\":310000,\"errmsg\":\"sign not match\"}"));
        weCom.enqueue(new MockResponse.Builder().code(503).body("upstream unavailable").build());
        feishu.enqueue(ok("{\"code\":0,\"msg\":\"success\"}"));

        DeliveryOutcome outcome = delivery().deliver(report(), files());

        assertThat(outcome.delivered()).isEqualTo(2);
        assertThat(outcome.failures()).containsExactly(
                "receiver ding: PLATFORM_ERROR: errcode 310000 sign not match",
                "receiver wecom: HTTP_STATUS: HTTP 503 upstream unavailable");
        assertThat(String.join("\n", outcome.failures()))
                .doesNotContain(DING_TOKEN, DING_SECRET, WECOM_KEY, FEISHU_TOKEN, FEISHU_SECRET);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void withoutFilesTheLinkIsToTheIndex() throws Exception {
        everyRobotAccepts();

        delivery().deliver(report(), List.of());

        assertThat(json(weCom.takeRequest()).path("markdown").path("content").asString())
                .contains("[Open the report](" + links.linkToIndex() + ")");
    }

    @Test
    void anUnreachableMailServerIsReportedAsAnSmtpFailureAndTheRobotsStillGetTheSummary() throws Exception {
        everyRobotAccepts();
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        DeliveryOutcome outcome = delivery(closedPort).deliver(report(), files());

        assertThat(outcome.delivered()).isEqualTo(3);
        assertThat(outcome.failures()).singleElement().asString().startsWith("receiver managers: SMTP: ");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv[1]);
        }
        return query;
    }

    private static JsonNode json(RecordedRequest request) {
        return JSON.readTree(request.getBody().utf8());
    }

    private static String hmacBase64(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
