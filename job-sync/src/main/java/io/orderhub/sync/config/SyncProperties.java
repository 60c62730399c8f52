package io.orderhub.sync.config;

import io.orderhub.common.order.Channel;
import io.orderhub.common.retry.RetryPolicy;
import io.orderhub.sync.channel.http.Pacing;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sync settings ({@code oms.sync.*}). Pacing defaults follow the platforms' published limits (each
 * {@code ChannelPlugin} states its own) and are meant to be raised only with the platform's written quota. The
 * overlap of a window with the previous one is per shop ({@code channel_shop.sync_overlap_seconds}): how late a
 * platform stamps or indexes a change varies by platform. Taobao's sign method is Taobao's own
 * ({@code TaobaoSyncProperties}, same key {@code oms.sync.taobao-sign-method}).
 *
 * @param pacing           per channel, where it differs from the platform's default: calls per second and burst,
 *                         shared by all shops of one app and API
 * @param retry            attempts and backoff of the HTTP layer
 * @param timeout          read timeout of one platform call
 * @param settleDelay      windows end this long before now: platforms index modifications with a small delay
 * @param initialLookback  how far back the first run of a new shop starts when it has no sync start set
 * @param maxOrdersPerWindow a window holding more orders is split in halves (keeps re-walks after a crash short)
 * @param skipLimit        quarantined orders per shop run before the run fails ("a flood is an outage")
 * @param parallelShops    shops synced at the same time by this executor
 * @param leaseTtl         how long a shop lease lives without renewal (a crashed holder's lease expires)
 */
@Validated
@ConfigurationProperties("oms.sync")
public record SyncProperties(
        @NotNull Map<Channel, @Valid PacingLimit> pacing,
        @DefaultValue @Valid Retry retry,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("1m") Duration settleDelay,
        @DefaultValue("1d") Duration initialLookback,
        @DefaultValue("20000") @Min(100) int maxOrdersPerWindow,
        @DefaultValue("1000") @Min(0) int skipLimit,
        @DefaultValue("2") @Min(1) @Max(16) int parallelShops,
        @DefaultValue("2m") Duration leaseTtl) {

    /** Calls per second and burst for one channel. */
    public record PacingLimit(@Min(0) double ratePerSecond, @DefaultValue("1") @Min(1) int burst) {
    }

    /** The HTTP layer's retry budget. */
    public record Retry(@DefaultValue("5") @Min(1) int maxAttempts, @DefaultValue("200ms") Duration baseDelay,
            @DefaultValue("30s") Duration maxDelay) {

        public RetryPolicy policy() {
            return RetryPolicy.attempts(maxAttempts).backOff(baseDelay, maxDelay).jitter(0.5).build();
        }
    }

    public SyncProperties {
        pacing = pacing == null ? Map.of() : Map.copyOf(pacing);
    }

    /** The channels' own defaults, each replaced where {@code oms.sync.pacing} names the channel. */
    public Map<Channel, Pacing.Limit> pacingLimits(Map<Channel, Pacing.Limit> defaults) {
        Map<Channel, Pacing.Limit> limits = new EnumMap<>(Channel.class);
        limits.putAll(defaults);
        pacing.forEach((channel, limit) -> limits.put(channel, new Pacing.Limit(limit.ratePerSecond(), limit.burst())));
        return limits;
    }
}
