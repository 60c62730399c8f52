package io.orderhub.report.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.common.secret.WeakSecretException;
import io.orderhub.report.JobReportApplication;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** job-report does not start with downloads protected by a missing or guessable secret, in any mode. */
class ReportDownloadsStartupIT {

    static final String GOOD_KEY = "0c7d2e9b4a61f835c2e7b0a9d4f6183e";

    @Test
    void refusesToStartWithoutTheSigningKeysVariable() {
        assertThatThrownBy(() -> start(Map.of("oms.report.downloads.signing-key", "env:OMS_TEST_NEVER_SET_KEY")))
                .rootCause()
                .isInstanceOf(MissingSecretException.class)
                .hasMessage("oms.report.downloads.signing-key: environment variable OMS_TEST_NEVER_SET_KEY is not set");
    }

    @Test
    void refusesToStartWithAnEmptySigningKey() {
        assertThatThrownBy(() -> start(Map.of("oms.report.downloads.signing-key", "")))
                .rootCause()
                .isInstanceOf(MissingSecretException.class)
                .hasMessageStartingWith("oms.report.downloads.signing-key: expected a reference like 'env:NAME'");
    }

    @Test
    void refusesToStartWithAPlaceholderKeyWithoutLoggingIt() {
        assertThatThrownBy(() -> start(Map.of("oms.report.downloads.signing-key", "env:OMS_TEST_WEAK_KEY",
                "OMS_TEST_WEAK_KEY", "changeme")))
                .rootCause()
                .isInstanceOf(WeakSecretException.class)
                .hasMessageStartingWith("oms.report.downloads.signing-key is a well-known placeholder")
                .message().doesNotContain("changeme");
    }

    @Test
    void refusesToStartWithAShortBearerToken() {
        assertThatThrownBy(() -> start(Map.of("oms.report.downloads.signing-key", "env:OMS_TEST_GOOD_KEY",
                "OMS_TEST_GOOD_KEY", GOOD_KEY,
                "oms.report.downloads.bearer-token", "env:OMS_TEST_SHORT_TOKEN",
                "OMS_TEST_SHORT_TOKEN", "s3cret-token")))
                .rootCause()
                .isInstanceOf(WeakSecretException.class)
                .hasMessage("oms.report.downloads.bearer-token is shorter than 32 characters");
    }

    @Test
    void startsInRunOnceShapeWithAGoodKeyAndNoToken() {
        try (ConfigurableApplicationContext context = start(Map.of(
                "oms.report.downloads.signing-key", "env:OMS_TEST_GOOD_KEY", "OMS_TEST_GOOD_KEY", GOOD_KEY))) {
            assertThat(context.getBean(SignedLinks.class).linkTo("a.csv").toString())
                    .startsWith("http://127.0.0.1:8083/reports/a.csv?expires=");
        }
    }

    /** Without a web server, as in run-once mode: the key is checked all the same. */
    private static ConfigurableApplicationContext start(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("oms.report.directory", "target/startup-it-reports");
        return new SpringApplicationBuilder(JobReportApplication.class)
                .profiles("test")
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("startup-under-test", properties)))
                .run();
    }
}
