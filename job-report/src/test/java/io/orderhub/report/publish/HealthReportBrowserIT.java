package io.orderhub.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.JobReportApplication;
import io.orderhub.report.download.SignedLinks;
import io.orderhub.report.health.HealthReportFiles;
import io.orderhub.report.store.OpenReport;
import io.orderhub.report.store.ReportFile;
import io.orderhub.report.store.ReportStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The health report as a manager gets it: job-report publishes it, a real headless Chromium opens the index page by
 * its signed link, downloads the HTML through the signed link the index shows, opens the downloaded file (offline,
 * from disk) and draws it. Every chart container must hold a canvas, the console must hold no error, the hostile shop
 * name must show as text (no script of it ran), and a screenshot is saved for people to look at.
 */
class HealthReportBrowserIT {

    static final String KEY = "9d2e7b4a1c8f3065e2b9d4a7c1f8306e5b2a9d4c7f1e8306";
    static final Path SCREENSHOT = Path.of("target", "health-report.png");

    static ConfigurableApplicationContext report;
    static ChromeDriver browser;
    static Path downloads;
    static List<ReportFile> published;

    @BeforeAll
    static void publishAndOpenBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        int port = TestSocketUtils.findAvailableTcpPort();
        Path work = Files.createTempDirectory(Path.of("target"), "browser-it-");
        downloads = Files.createDirectories(work.resolve("downloads"));
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", port);
        properties.put("oms.report.directory", work.resolve("reports").toString());
        properties.put("oms.report.downloads.base-url", "http://127.0.0.1:" + port + "/");
        properties.put("oms.report.downloads.signing-key", "env:OMS_TEST_BROWSER_IT_KEY");
        properties.put("OMS_TEST_BROWSER_IT_KEY", KEY);
        report = new SpringApplicationBuilder(JobReportApplication.class)
                .profiles("test")
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("browser-it", properties)))
                .run();
        published = report.getBean(HealthReportFiles.class).publish(SampleHealthReports.threeDays());
        browser = HeadlessChromium.start(work.resolve("profile"), downloads);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (report != null) {
            report.close();
        }
    }

    @Test
    void theDownloadedReportDrawsEveryChartWithoutConsoleErrors() throws Exception {
        String page = published.get(0).name();
        assertThat(page).isEqualTo("health-2026-12-01_2026-12-03.html");

        browser.get(report.getBean(SignedLinks.class).linkToIndex().toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reports");
        for (ReportFile file : published) {
            assertThat(browser.findElement(By.linkText(file.name())).isDisplayed()).isTrue();
        }
        browser.manage().logs().get(LogType.BROWSER); // the index's own requests (its favicon) are not the report's
        browser.findElement(By.linkText(page)).click();
        Path downloaded = downloads.resolve(page);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Files.exists(downloaded)
                && !Files.exists(downloads.resolve(page + ".crdownload")));
        try (OpenReport stored = report.getBean(ReportStore.class).open(page).orElseThrow()) {
            assertThat(Files.readAllBytes(downloaded)).isEqualTo(stored.content().readAllBytes());
        }

        browser.get(downloaded.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> "true".equals(
                b.findElement(By.tagName("body")).getDomAttribute("data-charts-rendered")));

        List<WebElement> charts = browser.findElements(By.cssSelector(".chart"));
        assertThat(charts).hasSize(11);
        for (WebElement chart : charts) {
            assertThat(chart.findElements(By.cssSelector("canvas, svg")))
                    .as("chart %s is drawn", chart.getDomAttribute("id")).isNotEmpty();
            assertThat(chart.getSize().getHeight()).isGreaterThan(200);
        }
        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console).filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#shops tbody tr:nth-child(2) td:nth-child(2)")).getText())
                .isEqualTo(SampleHealthReports.HOSTILE_SHOP);
        assertThat(browser.findElement(By.cssSelector("#maturity strong")).getText())
                .isEqualTo("12 / 20 — intermediate");

        saveScreenshot();
    }

    private static void saveScreenshot() throws Exception {
        Number height = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1400, Math.min(height.intValue(), 12_000)));
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    }
}
