package io.orderhub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSecretScanTest {

    @TempDir
    Path logs;

    @Test
    void aSecretInANestedLogIsReportedByFileLineAndNameNeverByValue() throws IOException {
        Files.createDirectories(logs.resolve("xxl-job/2026-12-05"));
        Files.writeString(logs.resolve("console.log"), "started\nnothing here\n");
        Files.writeString(logs.resolve("xxl-job/2026-12-05/31.log"), "run\nGET /router?session=tok-0123456789 200\n");

        assertThat(LogSecretScan.findings(logs, Map.of("JD/shop-1 access token", "tok-0123456789",
                "oms.xxl.access-token", "never-logged-token")))
                .containsExactly("xxl-job/2026-12-05/31.log:2 contains JD/shop-1 access token");
    }

    @Test
    void cleanLogsHaveNoFindings() throws IOException {
        Files.writeString(logs.resolve("console.log"), "calls=4 retries=0\n");

        assertThat(LogSecretScan.findings(logs, Map.of("secret", "s3cr3t-value"))).isEmpty();
    }

    @Test
    void aSecretTooShortToScanForIsRefusedByName() {
        assertThatThrownBy(() -> LogSecretScan.findings(logs, Map.of("spring.datasource.password", "")))
                .hasMessageContaining("spring.datasource.password");
    }
}
