package io.orderhub.report.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.ListeningSockets;
import io.orderhub.report.JobReportApplication;
import io.orderhub.report.store.ReportStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The job-report app on a real port, as a person with a link (or a script with the token) uses it: the index, the
 * downloads with their headers, and every way of being refused — logged without the token, the key or a signature.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReportDownloadsIT {

    static final String TOKEN = "c4a9e1f07b3d52e8a6f1c0d9b7e2a4f3";
    static final String KEY = "e8b1d4a7c0f36925b8e1a4d7c0f3692a5e8b1d4a7c0f3692";
    static final byte[] XLSX = {'P', 'K', 3, 4, 0, 1, 2, 3};

    static ConfigurableApplicationContext report;
    static int port;
    static ReportStore store;
    static SignedLinks links;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startReport() throws Exception {
        port = TestSocketUtils.findAvailableTcpPort();
        Path directory = Files.createTempDirectory(Path.of("target"), "download-it-");
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", port);
        properties.put("oms.report.directory", directory.toString());
        properties.put("oms.report.downloads.signing-key", "env:OMS_TEST_DOWNLOAD_IT_KEY");
        properties.put("OMS_TEST_DOWNLOAD_IT_KEY", KEY);
        properties.put("oms.report.downloads.bearer-token", "env:OMS_TEST_DOWNLOAD_IT_TOKEN");
        properties.put("OMS_TEST_DOWNLOAD_IT_TOKEN", TOKEN);
        report = new SpringApplicationBuilder(JobReportApplication.class)
                .profiles("test")
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("downloads-under-test", properties)))
                .run();
        store = report.getBean(ReportStore.class);
        links = report.getBean(SignedLinks.class);
        store.put("health-2026-12-04.html", out -> out.write("<html>健康</html>".getBytes(StandardCharsets.UTF_8)));
        store.put("health-2026-12-04.csv", out -> out.write("\uFEFFshop,rate\n".getBytes(StandardCharsets.UTF_8)));
        store.put("health-2026-12-04.xlsx", out -> out.write(XLSX));
        Files.writeString(directory.resolve("<b>stray.html"), "not a report");
    }

    @AfterAll
    static void stopReport() {
        report.close();
    }

    @Test
    void servesOnTheLoopbackInterfaceOnly() throws Exception {
        assertThat(ListeningSockets.addressesOnceBound(port)).containsExactly("127.0.0.1");
    }

    @Test
    void theIndexListsReportsWithSizesTimesAndSignedLinks() throws Exception {
        HttpResponse<String> index = get("/reports/", "Bearer " + TOKEN);

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        assertThat(index.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c)
                .contains("no-store"));
        assertThat(index.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p)
                .startsWith("default-src 'none'"));
        assertThat(index.body()).contains("health-2026-12-04.html", "health-2026-12-04.csv",
                        "health-2026-12-04.xlsx", "8 B", "GMT+8", "each link works for 7d")
                .contains("href=\"/reports/health-2026-12-04.csv?expires=")
                .doesNotContain("stray", "<b>");
    }

    @Test
    void aSignedIndexLinkOpensTheIndexAndItsLinksDownload() throws Exception {
        URI index = links.linkToIndex();
        HttpResponse<String> page = get(index.getRawPath() + "?" + index.getRawQuery(), null);
        assertThat(page.statusCode()).isEqualTo(200);

        Matcher href = Pattern.compile("href=\"(/reports/health-2026-12-04\\.csv\\?[^\"]+)\"").matcher(page.body());
        assertThat(href.find()).isTrue();
        HttpResponse<String> download = get(href.group(1).replace("&amp;", "&"), null);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("\uFEFFshop,rate\n");
    }

    @Test
    void aValidLinkDownloadsTheFileAsAnAttachmentOfItsType() throws Exception {
        HttpResponse<byte[]> html = getBytes(links.relativeLinkTo("health-2026-12-04.html"), null);
        HttpResponse<byte[]> csv = getBytes(links.relativeLinkTo("health-2026-12-04.csv"), null);
        HttpResponse<byte[]> xlsx = getBytes(links.relativeLinkTo("health-2026-12-04.xlsx"), null);

        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(html.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"health-2026-12-04.html\"");
        assertThat(html.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).isEqualTo("<html>健康</html>");
        assertThat(html.headers().firstValueAsLong("Content-Length")).hasValue(html.body().length);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"health-2026-12-04.xlsx\"");
        assertThat(xlsx.body()).isEqualTo(XLSX);
    }

    @Test
    void theBearerTokenDownloadsWithoutALink() throws Exception {
        HttpResponse<byte[]> xlsx = getBytes("/reports/health-2026-12-04.xlsx", "Bearer " + TOKEN);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).isEqualTo(XLSX);
    }

    @Test
    void everyRequestWithoutValidCredentialsIsRefusedAndLoggedWithoutSecrets(CapturedOutput output)
            throws Exception {
        String good = links.relativeLinkTo("health-2026-12-04.csv");
        String sig = good.substring(good.indexOf("sig=") + 4);
        String flipped = (sig.charAt(0) == 'a' ? "b" : "a") + sig.substring(1);
        long expires = Long.parseLong(good.substring(good.indexOf("expires=") + 8, good.indexOf('&')));
        String expired = new SignedLinks(KEY.getBytes(StandardCharsets.UTF_8), URI.create("http://127.0.0.1/"),
                Duration.ofMinutes(1), Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC))
                .relativeLinkTo("health-2026-12-04.csv");

        assertThat(get("/reports/health-2026-12-04.csv", null).statusCode()).as("no credentials").isEqualTo(403);
        assertThat(get("/reports/", null).statusCode()).as("index without credentials").isEqualTo(403);
        assertThat(get("/reports/health-2026-12-04.csv", "Bearer wrong-" + TOKEN).statusCode()).as("wrong token")
                .isEqualTo(403);
        assertThat(get(expired, null).statusCode()).as("expired link").isEqualTo(403);
        assertThat(get(good.replace(sig, flipped), null).statusCode()).as("tampered signature").isEqualTo(403);
        assertThat(get(good.replace("expires=" + expires, "expires=" + (expires + 86_400)), null).statusCode())
                .as("tampered expiry").isEqualTo(403);
        assertThat(get(good.replace("health-2026-12-04.csv", "health-2026-12-04.xlsx"), null).statusCode())
                .as("tampered path").isEqualTo(403);
        HttpResponse<String> expiredAnswer = get(expired, null);

        assertThat(expiredAnswer.body()).startsWith("Forbidden: the link expired at ").contains("GMT+8");
        assertThat(output.getOut())
                .contains("report download refused (403): neither a signed link nor a bearer token;"
                        + " /reports/health-2026-12-04.csv from 127.0.0.1")
                .contains("report download refused (403): wrong bearer token; /reports/health-2026-12-04.csv")
                .contains("report download refused (403): the link expired at ")
                .contains("report download refused (403): the link's signature does not match its path and expiry;"
                        + " /reports/health-2026-12-04.xlsx")
                .doesNotContain(TOKEN, KEY, sig, flipped, expired.substring(expired.indexOf("sig=") + 4));
    }

    @Test
    void traversalAndUnknownNamesAreNotFoundEvenWithTheToken(CapturedOutput output) throws Exception {
        String bearer = "Bearer " + TOKEN;

        assertThat(get("/reports/..%2Fapplication-test.yml", bearer).statusCode()).isEqualTo(404);
        assertThat(get("/reports/..%2f..%2fpom.xml", bearer).statusCode()).isEqualTo(404);
        assertThat(get("/reports/..%5Cpom.xml", bearer).statusCode()).isEqualTo(404);
        assertThat(get("/reports/%2e%2e", bearer).statusCode()).isEqualTo(404);
        assertThat(get("/reports/.hidden", bearer).statusCode()).isEqualTo(404);
        assertThat(get("/reports/no-such-report.csv", bearer).statusCode()).isEqualTo(404);
        assertThat(get("/reports/%3Cb%3Estray.html", bearer).statusCode()).isEqualTo(404);

        assertThat(output.getOut()).contains("report download refused (404): the name may contain only letters,"
                + " digits, '.', '_' and '-'; /reports/..%2Fapplication-test.yml from 127.0.0.1")
                .doesNotContain(TOKEN);
    }

    @Test
    void traversalWithoutCredentialsIsRefusedBeforeTheNameIsLookedAt() throws Exception {
        assertThat(get("/reports/..%2Fapplication-test.yml", null).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> get(String pathAndQuery, String authorization)
            throws IOException, InterruptedException {
        return http.send(request(pathAndQuery, authorization), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(String pathAndQuery, String authorization)
            throws IOException, InterruptedException {
        return http.send(request(pathAndQuery, authorization), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(String pathAndQuery, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }
}
