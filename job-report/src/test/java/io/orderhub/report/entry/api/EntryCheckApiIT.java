package io.orderhub.report.entry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.report.JobReportApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check API on job-report's real HTTP port against MariaDB (the order lines of an outbound entry are read from
 * our order_line table): refused without or with a wrong token, 400 naming the field, one entry and a batch, a
 * warning that needs confirmation, bodies over the limit, checks kept out of the HTTP server timings.
 */
@ExtendWith(OutputCaptureExtension.class)
class EntryCheckApiIT {

    static final String TOKEN = "9d2f7a41c6e83b05f1a9d4c7e2b8063a";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newHttpClient();

    static ConfigurableApplicationContext report;
    static int port;

    @BeforeAll
    static void startReport() {
        port = TestSocketUtils.findAvailableTcpPort();
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", port);
        properties.put("oms.entries.api.enabled", "true");
        properties.put("oms.entries.api.bearer-token", "env:OMS_TEST_ENTRIES_API_TOKEN");
        properties.put("OMS_TEST_ENTRIES_API_TOKEN", TOKEN);
        report = new SpringApplicationBuilder(JobReportApplication.class)
                .profiles("test")
                .initializers(new FreshMariaDbSchema(), context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("entries-api-under-test", properties)))
                .run();
        JdbcTemplate jdbc = report.getBean(JdbcTemplate.class);
        // the SKU master as the intake folder stores it: the app's own SkuMasterSource reads it from entry_sku
        jdbc.update("INSERT INTO entry_sku (code, barcode, name, category, base_unit, unit_factors, typical_min,"
                + " typical_max, batch_managed, shelf_life_days, intake_file) VALUES"
                + " ('A1001', '6901234567892', '可口可乐 330ml', '饮料', '件', '件=1;箱=12', 1, 60, FALSE, NULL, 'sku.csv'),"
                + " ('A1010', NULL, '雪碧 330ml', '饮料', '件', '件=1', NULL, NULL, FALSE, NULL, 'sku.csv')");
        jdbc.update("INSERT INTO order_line (order_no, line_no, sku, title, quantity, unit, unit_price, refund_state)"
                + " VALUES ('SO-88', 1, 'A1001', '可口可乐', 2, '件', 3.50, 'NONE')");
    }

    @AfterAll
    static void stopReport() {
        report.close();
    }

    static HttpResponse<String> post(String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/entries/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutOrWithAWrongTokenTheCheckIsRefused(CapturedOutput output) throws Exception {
        String entry = "{\"skuCode\":\"A1001\",\"quantity\":1,\"unit\":\"件\"}";

        assertThat(post(null, entry).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("Bearer " + TOKEN.replace('9', '8'), entry);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(post("Basic " + TOKEN, entry).statusCode()).isEqualTo(401);
        assertThat(output.getAll()).contains("entry check refused (401): wrong bearer token").doesNotContain(TOKEN)
                .doesNotContain(TOKEN.replace('9', '8'));
    }

    @Test
    void unreadableInputIsA400NamingTheField() throws Exception {
        HttpResponse<String> wrongType = post("Bearer " + TOKEN,
                "{\"entries\":[{\"skuCode\":\"A1001\"},{\"skuCode\":\"A1001\",\"quantity\":\"十二\"}]}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(wrongType.body());
        assertThat(body.get("field").asString()).isEqualTo("entries[1].quantity");
        assertThat(body.get("reason").asString()).contains("expected a number");

        HttpResponse<String> broken = post("Bearer " + TOKEN, "{\"skuCode\": \"A1");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(broken.body()).get("field").asString()).isEqualTo("(body)");
        assertThat(post("Bearer " + TOKEN, "").statusCode()).isEqualTo(400);
        assertThat(post("Bearer " + TOKEN, "\u0000\u00ff garbage").statusCode()).isEqualTo(400);
        assertThat(post("Bearer " + TOKEN, "[".repeat(5000)).statusCode()).isEqualTo(400);
    }

    @Test
    void oneEntryGetsItsErrorsWithSuggestions() throws Exception {
        HttpResponse<String> response = post("Bearer " + TOKEN,
                "{\"entryId\":\"F-1\",\"operator\":\"张伟\",\"skuCode\":\"A1002\",\"quantity\":2,\"unit\":\"件\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("entryId").asString()).isEqualTo("F-1");
        assertThat(result.get("ok").asBoolean()).isFalse();
        JsonNode error = result.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("skuCode");
        assertThat(error.get("type").asString()).isEqualTo("UNKNOWN_SKU");
        assertThat(error.get("suggestions").get(0).asString()).isEqualTo("A1001");
    }

    @Test
    void aBatchIsCheckedAgainstTheOrdersLinesInTheDatabase() throws Exception {
        HttpResponse<String> response = post("Bearer " + TOKEN, """
                {"entries":[
                  {"entryId":"O-1","source":"outbound","orderNo":"SO-88","skuCode":"A1010","quantity":2,"unit":"件"},
                  {"entryId":"O-2","source":"outbound","orderNo":"SO-88","skuCode":"A1001","quantity":2,"unit":"件"},
                  {"entryId":"O-3","source":"outbound","orderNo":"SO-88","skuCode":"A1001","quantity":12,"unit":"箱"}
                ]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = JSON.readTree(response.body()).get("results");
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(0).get("errors").get(0).get("type").asString()).isEqualTo("SKU_CONFUSION");
        assertThat(results.get(0).get("errors").get(0).get("suggestions").get(0).asString()).isEqualTo("A1001");
        assertThat(results.get(1).get("ok").asBoolean()).isTrue();
        assertThat(results.get(1).get("errors").size()).isZero();
        assertThat(results.get(2).get("errors").get(0).get("type").asString()).isEqualTo("UNIT_FACTOR_MISTAKE");
    }

    @Test
    void aQuantityAboveTheThresholdIsAWarningWithTheValueHighlighted() throws Exception {
        String entry = "{\"skuCode\":\"A1010\",\"quantity\":150,\"unit\":\"件\"%s}";

        JsonNode unconfirmed = JSON.readTree(post("Bearer " + TOKEN, entry.formatted("")).body());
        assertThat(unconfirmed.get("ok").asBoolean()).isTrue();
        assertThat(unconfirmed.get("needsConfirmation").asBoolean()).isTrue();
        JsonNode warning = unconfirmed.get("warnings").get(0);
        assertThat(warning.get("field").asString()).isEqualTo("quantity");
        assertThat(warning.get("highlight").asString()).isEqualTo("150");

        JsonNode confirmed = JSON.readTree(post("Bearer " + TOKEN, entry.formatted(",\"confirmed\":true")).body());
        assertThat(confirmed.get("needsConfirmation").asBoolean()).isFalse();
    }

    @Test
    void aBodyOverTheLimitIsA413() throws Exception {
        byte[] tooLarge = new byte[EntryCheckServlet.MAX_BODY_BYTES + 1];
        Arrays.fill(tooLarge, (byte) ' ');
        // Sent chunked (no Content-Length): the servlet reads up to the limit and stops there.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/entries/check"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))).build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("too large");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyArrives() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /entries/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (EntryCheckServlet.MAX_BODY_BYTES + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void checksAreNotTimedAsHttpServerRequestsButTheDownloadsAre() throws Exception {
        assertThat(post("Bearer " + TOKEN, "{\"skuCode\":\"A1001\",\"quantity\":1,\"unit\":\"件\"}").statusCode())
                .isEqualTo(200);
        assertThat(post(null, "{}").statusCode()).isEqualTo(401);
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/reports/")).build(),
                HttpResponse.BodyHandlers.discarding());

        // recorded when the observation filter returns, which may be just after the client has the answer
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (requestsTimed() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(requestsTimed()).isEqualTo(1);
    }

    /** The requests of this application context timed as {@code http.server.requests}, whatever their tags. */
    static long requestsTimed() {
        return report.getBean(MeterRegistry.class).find("http.server.requests").timers().stream()
                .mapToLong(Timer::count).sum();
    }

    @Test
    void aWeakTokenRefusesStartUpNamingTheKey() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("oms.entries.api.enabled", "true");
        properties.put("oms.entries.api.bearer-token", "env:OMS_TEST_ENTRIES_WEAK_TOKEN");
        properties.put("OMS_TEST_ENTRIES_WEAK_TOKEN", "changeme");
        assertThatThrownBy(() -> new SpringApplicationBuilder(JobReportApplication.class)
                .profiles("test")
                .initializers(new FreshMariaDbSchema(), context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("weak-token", properties)))
                .run().close())
                .rootCause().hasMessageContaining("oms.entries.api.bearer-token is a well-known placeholder")
                .hasMessageNotContaining("changeme is");
    }
}
