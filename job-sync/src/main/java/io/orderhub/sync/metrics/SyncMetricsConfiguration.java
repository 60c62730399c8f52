package io.orderhub.sync.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.orderhub.common.metrics.CachedGroupedGauge;
import io.orderhub.sync.channel.ChannelPlugin;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sync's meters ({@link SyncMeters}) and its database-backed gauges, each one grouped read-only query refreshed by common's {@code DbGaugeRefresher}
 * (never per scrape). Times are compared in GMT+8, the zone they are stored in, through the injected clock.
 */
@Configuration
public class SyncMetricsConfiguration {

    @Bean
    SyncMeters syncMeters(MeterRegistry registry, List<ChannelPlugin> plugins) {
        return new SyncMeters(registry, plugins.stream().map(ChannelPlugin::channel).toList());
    }


    @Bean
    CachedGroupedGauge syncLagGauge(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        return new CachedGroupedGauge(registry, "oms.sync.lag", "Age of an enabled shop's sync cursor: now minus the"
                + " end of its last fully written window", "seconds", Double.NaN, () -> {
                    LocalDateTime now = LocalDateTime.now(clock);
                    Map<Tags, Double> lag = new HashMap<>();
                    jdbc.query("SELECT c.channel, c.shop_id, c.cursor_modified_at FROM sync_cursor c"
                            + " JOIN channel_shop s ON s.channel = c.channel AND s.shop_id = c.shop_id"
                            + " WHERE s.enabled = TRUE", rs -> {
                                LocalDateTime cursor = rs.getObject(3, LocalDateTime.class);
                                lag.put(Tags.of("channel", rs.getString(1), "shop", rs.getString(2)),
                                        (double) Duration.between(cursor, now).toSeconds());
                            });
                    return lag;
                });
    }

    /** Held (failed verification), parked (a payment notice awaiting its order) and dead messages, by reason. */
    @Bean
    CachedGroupedGauge inboxGauge(MeterRegistry registry, JdbcTemplate jdbc) {
        return new CachedGroupedGauge(registry, "oms.inbox.messages", "Callback messages held, parked awaiting their"
                + " order, or dead, by reason", null, 0, () -> {
                    Map<Tags, Double> counts = new HashMap<>();
                    jdbc.query("SELECT state, reason, COUNT(*) FROM inbox_message WHERE state IN ('HELD', 'DEAD')"
                            + " OR (state = 'VERIFIED' AND reason = 'AWAITING_ORDER') GROUP BY state, reason", rs -> {
                                String state = "VERIFIED".equals(rs.getString(1)) ? "parked"
                                        : rs.getString(1).toLowerCase(Locale.ROOT);
                                String reason = rs.getString(2) == null ? "NONE" : rs.getString(2);
                                counts.put(Tags.of("state", state, "reason", reason), (double) rs.getLong(3));
                            });
                    return counts;
                });
    }

    /** Order events not yet confirmed by the broker: pending (will be sent) and parked (wait for orderEventReplay). */
    @Bean
    CachedGroupedGauge outboxGauge(MeterRegistry registry, JdbcTemplate jdbc) {
        return new CachedGroupedGauge(registry, "oms.outbox.backlog", "Order events in the outbox not yet confirmed"
                + " by the broker", null, 0, () -> {
                    Map<Tags, Double> counts = new HashMap<>(Map.of(Tags.of("state", "pending"), 0.0,
                            Tags.of("state", "parked"), 0.0));
                    jdbc.query("SELECT CASE WHEN parked_at IS NULL THEN 'pending' ELSE 'parked' END, COUNT(*)"
                            + " FROM order_event_outbox WHERE published_at IS NULL"
                            + " GROUP BY CASE WHEN parked_at IS NULL THEN 'pending' ELSE 'parked' END",
                            rs -> {
                                counts.put(Tags.of("state", rs.getString(1)), (double) rs.getLong(2));
                            });
                    return counts;
                });
    }

    /** Payloads still quarantined (not replayed, not discarded), by reason and channel. */
    @Bean
    CachedGroupedGauge quarantineGauge(MeterRegistry registry, JdbcTemplate jdbc) {
        return new CachedGroupedGauge(registry, "oms.quarantine.size", "Payloads in quarantine, by reason",
                null, 0, () -> {
                    Map<Tags, Double> counts = new HashMap<>();
                    jdbc.query("SELECT reason, channel, COUNT(*) FROM raw_payload WHERE state = 'QUARANTINED'"
                            + " GROUP BY reason, channel", rs -> {
                                counts.put(Tags.of("reason", rs.getString(1), "channel", rs.getString(2)),
                                        (double) rs.getLong(3));
                            });
                    return counts;
                });
    }
}
