package io.orderhub.report.publish;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its driver ({@code chromium}, {@code chromium-driver}), headless, with a fresh profile, no
 * background traffic and downloads saved to a given directory. Selenium Manager is never asked (it would download a
 * browser): the driver's path is given. Absent browser: the test is skipped, unless {@code OMS_REQUIRE_BROWSER} is
 * set (CI), where it fails.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static void assumeInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && System.getenv("OMS_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("OMS_REQUIRE_BROWSER is set but " + BROWSER + " or " + DRIVER
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "headless Chromium is not installed (" + BROWSER + ", " + DRIVER
                + "): apt-get install -y chromium chromium-driver, or set OMS_REQUIRE_BROWSER=1 to fail instead");
    }

    static ChromeDriver start(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,900");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
