package io.orderhub.sync.events;

import io.orderhub.common.retry.RetryPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Order events ({@code oms.events.*}). Off by default. The switch covers both halves: the order write path adds a
 * row to the outbox for each status change only while it is on (read by common's auto-configuration), and
 * {@code orderEventPublish} sends the outbox only while it is on.
 *
 * @param enabled        whether status changes are announced (outbox rows) and published to RabbitMQ
 * @param rabbit         where the broker is
 * @param batchSize      events per claim/publish/confirm/mark transaction
 * @param confirmTimeout how long a batch waits for the broker's publisher confirms before counting the rest failed
 * @param maxEventsPerRun default upper bound of one run (the job parameter {@code limit} overrides it)
 * @param maxNacks       broker refusals (nacks) of one event before it is parked (orderEventReplay releases it)
 * @param nackBackoff    wait after the first nack before the event is sent again; doubles per nack (jittered)
 * @param nackBackoffMax upper bound of that wait
 * @param retention      published events older than this are deleted by orderEventPrune (parked and unpublished
 *                       ones never are)
 */
@Validated
@ConfigurationProperties("oms.events")
public record OrderEventsProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue @Valid Rabbit rabbit,
        @DefaultValue("500") @Min(1) @Max(5000) int batchSize,
        @DefaultValue("10s") Duration confirmTimeout,
        @DefaultValue("200000") @Min(1) int maxEventsPerRun,
        @DefaultValue("6") @Min(1) @Max(100) int maxNacks,
        @DefaultValue("1m") Duration nackBackoff,
        @DefaultValue("1h") Duration nackBackoffMax,
        @DefaultValue("7d") Duration retention) {

    /** Back-off between the nacks of one event, and how many it gets: the suite's one retry policy shape. */
    RetryPolicy nackRetry() {
        return RetryPolicy.attempts(maxNacks).backOff(nackBackoff, nackBackoffMax).jitter(0.5).build();
    }

    /**
     * @param password a secret reference ({@code env:NAME}), resolved through {@code SecretResolver}; never a value
     */
    public record Rabbit(
            @DefaultValue("127.0.0.1") @NotBlank String host,
            @DefaultValue("5672") @Min(1) @Max(65535) int port,
            @DefaultValue("guest") @NotBlank String username,
            @DefaultValue("env:OMS_SECRET_EVENTS_RABBIT_PASSWORD") @NotBlank String password,
            @DefaultValue("/") @NotBlank String virtualHost,
            @DefaultValue("5s") Duration connectTimeout) {

        String describe() {
            return host + ":" + port + " vhost '" + virtualHost + "'";
        }
    }
}
