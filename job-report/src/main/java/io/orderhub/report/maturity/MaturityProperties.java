package io.orderhub.report.maturity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The thresholds of the maturity score ({@code oms.report.maturity.*}; defaults and what each point measures in
 * docs/reports.md, "Maturity score"). Shares are fractions in [0, 1]; each dimension's "advanced" threshold must be
 * at least as strict as its base one, so a misconfiguration fails the start naming the key.
 */
@Validated
@ConfigurationProperties(MaturityProperties.PREFIX)
public record MaturityProperties(
        @DefaultValue @NotNull @Valid Automation automation,
        @DefaultValue @NotNull @Valid Consistency consistency,
        @DefaultValue @NotNull @Valid ExceptionHandling exceptionHandling,
        @DefaultValue @NotNull @Valid Extensibility extensibility) {

    public static final String PREFIX = "oms.report.maturity";

    public MaturityProperties {
        List<String> problems = new ArrayList<>();
        if (automation.noManualShareAdvanced() < automation.noManualShare()) {
            problems.add(key("automation.no-manual-share-advanced") + " (" + automation.noManualShareAdvanced()
                    + ") must not be below " + key("automation.no-manual-share") + " (" + automation.noManualShare() + ")");
        }
        if (consistency.accuracyLowAdvanced() < consistency.accuracyLow()) {
            problems.add(key("consistency.accuracy-low-advanced") + " (" + consistency.accuracyLowAdvanced()
                    + ") must not be below " + key("consistency.accuracy-low") + " (" + consistency.accuracyLow() + ")");
        }
        if (exceptionHandling.alertRecoveryP95().compareTo(exceptionHandling.alertRecoveryP50()) < 0) {
            problems.add(key("exception-handling.alert-recovery-p95") + " (" + exceptionHandling.alertRecoveryP95()
                    + ") must not be below " + key("exception-handling.alert-recovery-p50") + " ("
                    + exceptionHandling.alertRecoveryP50() + ")");
        }
        if (extensibility.channelsAdvanced() < extensibility.channels()) {
            problems.add(key("extensibility.channels-advanced") + " (" + extensibility.channelsAdvanced()
                    + ") must not be below " + key("extensibility.channels") + " (" + extensibility.channels() + ")");
        }
        if (extensibility.onboardingAdvanced().compareTo(extensibility.onboarding()) > 0) {
            problems.add(key("extensibility.onboarding-advanced") + " (" + extensibility.onboardingAdvanced()
                    + ") must not be above " + key("extensibility.onboarding") + " (" + extensibility.onboarding() + ")");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    static String key(String relative) {
        return PREFIX + "." + relative;
    }

    /** The defaults, as documented (for tests and callers without Spring). */
    public static MaturityProperties defaults() {
        return new MaturityProperties(new Automation(0.95, 0.995, 0.005, 0.01, 0.01),
                new Consistency(100, 0.98, 0.995, 1.0, 5.0),
                new ExceptionHandling(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(24), 0, 10),
                new Extensibility(2, 4, Duration.ofDays(7), Duration.ofDays(1)));
    }

    /**
     * @param noManualShare         orders that needed no manual action ÷ orders, at least (point 1)
     * @param noManualShareAdvanced the same, at least (point 2)
     * @param manualPaymentShare    paid orders marked paid by an operator (人工补单) ÷ paid orders, at most
     * @param replayedShare         orders whose quarantined payload had to be replayed ÷ orders, at most
     * @param heldShare             orders on hold ÷ orders, at most
     */
    public record Automation(
            @DefaultValue("0.95") @DecimalMin("0") @DecimalMax("1") double noManualShare,
            @DefaultValue("0.995") @DecimalMin("0") @DecimalMax("1") double noManualShareAdvanced,
            @DefaultValue("0.005") @DecimalMin("0") @DecimalMax("1") double manualPaymentShare,
            @DefaultValue("0.01") @DecimalMin("0") @DecimalMax("1") double replayedShare,
            @DefaultValue("0.01") @DecimalMin("0") @DecimalMax("1") double heldShare) {
    }

    /**
     * @param minSample                 orders compared by state-accuracy samples in the range, at least
     * @param accuracyLow               the lower end of the accuracy's 95 % interval, at least (point 2)
     * @param accuracyLowAdvanced       the same, at least (point 3)
     * @param openAmountFindingsPer10k  open AMOUNT findings per 10,000 orders of the range, at most
     * @param openStatusFindingsPer10k  open STATUS_DRIFT findings per 10,000 orders of the range, at most
     */
    public record Consistency(
            @DefaultValue("100") @Min(1) int minSample,
            @DefaultValue("0.98") @DecimalMin("0") @DecimalMax("1") double accuracyLow,
            @DefaultValue("0.995") @DecimalMin("0") @DecimalMax("1") double accuracyLowAdvanced,
            @DefaultValue("1.0") @DecimalMin("0") double openAmountFindingsPer10k,
            @DefaultValue("5.0") @DecimalMin("0") double openStatusFindingsPer10k) {
    }

    /**
     * @param alertRecoveryP50      median time from an alert's start to its resolution, at most
     * @param alertRecoveryP95      95th percentile of the same, at most
     * @param quarantineRecoveryP95 95th percentile of the time from quarantine to replay or discard, at most
     * @param deadLettersLeft       callbacks left dead-lettered in the inbox, at most
     * @param quarantineLeft        payloads left in quarantine, at most
     */
    public record ExceptionHandling(
            @DefaultValue("1h") @NotNull Duration alertRecoveryP50,
            @DefaultValue("4h") @NotNull Duration alertRecoveryP95,
            @DefaultValue("24h") @NotNull Duration quarantineRecoveryP95,
            @DefaultValue("0") @Min(0) long deadLettersLeft,
            @DefaultValue("10") @Min(0) long quarantineLeft) {

        public ExceptionHandling {
            positive(alertRecoveryP50, "exception-handling.alert-recovery-p50");
            positive(alertRecoveryP95, "exception-handling.alert-recovery-p95");
            positive(quarantineRecoveryP95, "exception-handling.quarantine-recovery-p95");
        }
    }

    /**
     * @param channels           channels with an enabled shop, at least (point 1)
     * @param channelsAdvanced   the same, at least (point 2)
     * @param onboarding         time the newest channel took from its first shop row to its first synced order, at
     *                           most (point 4)
     * @param onboardingAdvanced the same, at most (point 5)
     */
    public record Extensibility(
            @DefaultValue("2") @Min(1) int channels,
            @DefaultValue("4") @Min(1) int channelsAdvanced,
            @DefaultValue("7d") @NotNull Duration onboarding,
            @DefaultValue("1d") @NotNull Duration onboardingAdvanced) {

        public Extensibility {
            positive(onboarding, "extensibility.onboarding");
            positive(onboardingAdvanced, "extensibility.onboarding-advanced");
        }
    }

    private static void positive(Duration duration, String relativeKey) {
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException(key(relativeKey) + ": must be a positive duration; was " + duration);
        }
    }
}
