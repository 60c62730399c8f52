package io.orderhub.report.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The {@code reportRetention} job parameter; blank means {@code {}}. {@code olderThanDays} deletes reports older
 * than that many days in this run instead of {@code oms.report.retention}.
 */
public record ReportRetentionRequest(@Min(1) @Max(3650) Integer olderThanDays) {
}
