package io.orderhub.monitor.watch;

import io.orderhub.common.order.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds of {@code syncLagWatch} ({@code oms.monitor.lag.*}) and {@code failureSpikeWatch}
 * ({@code oms.monitor.failures.*}). Feeds are configured in {@code oms.monitor.feeds}, see FeedProperties.
 */
@Validated
@ConfigurationProperties("oms.monitor")
public record WatchProperties(@DefaultValue @Valid Lag lag, @DefaultValue @Valid Failures failures) {

    /**
     * @param cursorAge           a shop's cursor further behind now than this is lagging (the cursor ends a settle
     *                            delay before now, so allow for that plus the job interval)
     * @param newestOrderAge      no order changed for this long is lagging too; 0 turns the check off
     * @param downAfterFailedRuns a shop whose last this many runs failed is failing; a channel whose every enabled shop
     *                            is failing is down
     * @param runLookBack         only runs started this recently count for the down check
     * @param channels            per-channel overrides of the two ages (quiet channels, slow platforms)
     */
    public record Lag(@DefaultValue("30m") Duration cursorAge, @DefaultValue("6h") Duration newestOrderAge,
            @DefaultValue("3") @Min(1) int downAfterFailedRuns, @DefaultValue("1d") Duration runLookBack,
            Map<Channel, @Valid Limits> channels) {

        public Lag {
            channels = channels == null ? Map.of() : Map.copyOf(channels);
        }

        public Limits limitsFor(String channel) {
            Limits override = null;
            for (Map.Entry<Channel, Limits> entry : channels.entrySet()) {
                if (entry.getKey().name().equals(channel)) {
                    override = entry.getValue();
                }
            }
            Duration cursor = override != null && override.cursorAge() != null ? override.cursorAge() : cursorAge;
            Duration newest = override != null && override.newestOrderAge() != null ? override.newestOrderAge()
                    : newestOrderAge;
            return new Limits(cursor, newest);
        }
    }

    /** Ages for one channel; a null one falls back to the default. */
    public record Limits(Duration cursorAge, Duration newestOrderAge) {
    }

    /**
     * @param lookBack                  the window the counts are taken over
     * @param minVerificationFailures   fewer held callbacks than this never alert (one forged message is noise)
     * @param verificationFailureRatio  held ÷ received since the first failure, at or above which it alerts
     * @param signatureBurstRatio       a SIGNATURE_MISMATCH share at or above this reads as "algorithm changed?"
     * @param backlogCount              HELD + VERIFIED messages of one shop at or above this alert
     * @param backlogAge                … or the oldest of them older than this
     * @param deadLetters               DEAD messages in the window at or above this alert
     * @param legacyAccepted            messages accepted only under a legacy signature in the window at or above this
     * @param minQuarantined            fewer quarantined payloads than this never alert
     * @param quarantineRatio           quarantined ÷ (quarantined + orders written) at or above this alerts
     * @param minFailedRuns             fewer failed sync runs than this never alert
     * @param failedRunRatio            failed ÷ all sync runs of a shop at or above this alerts
     * @param signatureRunbook          link in the "algorithm changed?" alert: the operator's runbook for a switch
     */
    public record Failures(@DefaultValue("1h") Duration lookBack,
            @DefaultValue("5") @Min(1) int minVerificationFailures,
            @DefaultValue("0.2") @DecimalMin("0.0") @DecimalMax("1.0") double verificationFailureRatio,
            @DefaultValue("0.9") @DecimalMin("0.0") @DecimalMax("1.0") double signatureBurstRatio,
            @DefaultValue("100") @Min(1) int backlogCount,
            @DefaultValue("15m") Duration backlogAge,
            @DefaultValue("1") @Min(1) int deadLetters,
            @DefaultValue("1") @Min(1) int legacyAccepted,
            @DefaultValue("5") @Min(1) int minQuarantined,
            @DefaultValue("0.05") @DecimalMin("0.0") @DecimalMax("1.0") double quarantineRatio,
            @DefaultValue("3") @Min(1) int minFailedRuns,
            @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double failedRunRatio,
            @DefaultValue(SIGNATURE_RUNBOOK) @NotBlank String signatureRunbook) {

        /** Where the runbook lives in this repository; deployments point it at their own copy. */
        public static final String SIGNATURE_RUNBOOK =
                "docs/callbacks.md#runbook-a-platform-switched-its-signature-algorithm";
    }
}
