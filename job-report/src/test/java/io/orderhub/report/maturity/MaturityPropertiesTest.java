package io.orderhub.report.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The thresholds bind with their documented defaults; a bad one refuses the start naming its key. */
class MaturityPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(MaturityProperties.class)
    static class Thresholds {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Thresholds.class);

    @Test
    void unsetThresholdsAreTheDocumentedDefaults() {
        context.run(started -> assertThat(started.getBean(MaturityProperties.class))
                .isEqualTo(MaturityProperties.defaults()));
    }

    @Test
    void aShareAboveOneRefusesTheStartNamingTheKey() {
        context.withPropertyValues("oms.report.maturity.automation.no-manual-share=1.5")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("oms.report.maturity.automation.no-manual-share"));
    }

    @Test
    void anAdvancedThresholdLaxerThanItsBaseRefusesTheStartNamingBothKeys() {
        context.withPropertyValues("oms.report.maturity.extensibility.channels=3",
                        "oms.report.maturity.extensibility.channels-advanced=2")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("oms.report.maturity.extensibility.channels-advanced (2) must not be"
                                + " below oms.report.maturity.extensibility.channels (3)"));
    }

    @Test
    void aZeroDurationRefusesTheStartNamingTheKey() {
        context.withPropertyValues("oms.report.maturity.exception-handling.quarantine-recovery-p95=0s")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("oms.report.maturity.exception-handling.quarantine-recovery-p95"));
    }

    @Test
    void aThresholdThatIsNotANumberRefusesTheStartNamingTheKey() {
        context.withPropertyValues("oms.report.maturity.consistency.min-sample=many")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("oms.report.maturity.consistency.min-sample"));
    }
}
