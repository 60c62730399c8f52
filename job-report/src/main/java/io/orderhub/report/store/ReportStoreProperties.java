package io.orderhub.report.store;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where reports are kept ({@code oms.report.*}).
 *
 * @param directory the report directory, created when missing; one directory shared by every job-report executor
 *                  (the download links point at one base URL)
 * @param retention reports last written longer ago than this are deleted by {@code reportRetention}
 */
@Validated
@ConfigurationProperties("oms.report")
public record ReportStoreProperties(
        @DefaultValue("./reports") @NotBlank String directory,
        @DefaultValue("30d") Duration retention) {

    public ReportStoreProperties {
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("oms.report.retention must be a positive duration such as 30d (was "
                    + retention + ")");
        }
    }
}
