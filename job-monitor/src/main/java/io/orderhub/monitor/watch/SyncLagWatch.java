package io.orderhub.monitor.watch;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.time.ReadableTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code syncLagWatch}: per enabled shop, how far behind now its sync cursor is and how long ago its newest order
 * changed ({@code SyncLag{channel,shop}}), and per channel whether every shop failed its last runs
 * ({@code ChannelDown{channel}}). Reads {@code channel_shop}, {@code sync_cursor}, {@code unified_order} and
 * {@code sync_run}; writes nothing but alert state.
 */
public class SyncLagWatch {

    static final String WATCHER = "syncLagWatch";

    private final JdbcTemplate jdbc;
    private final FiringAlerts alerts;
    private final WatchProperties.Lag limits;
    private final Clock clock;

    public SyncLagWatch(JdbcTemplate jdbc, FiringAlerts alerts, WatchProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.limits = properties.lag();
        this.clock = clock;
    }

    /** How one of a shop's last runs ended. */
    private record Run(String outcome, String failureReason) {
    }

    private record Shop(String channel, String shopId, LocalDateTime addedAt, LocalDateTime cursor) {
        String key() {
            return channel + "/" + shopId;
        }
    }

    public String run(WatchRequest request, JobContext context) {
        Instant now = clock.instant();
        LocalDateTime wallNow = FiringAlerts.wallClock(now);
        List<Shop> shops = jdbc.query("""
                SELECT s.channel, s.shop_id, s.created_at, c.cursor_modified_at
                FROM channel_shop s LEFT JOIN sync_cursor c ON c.channel = s.channel AND c.shop_id = s.shop_id
                WHERE s.enabled = TRUE ORDER BY s.channel, s.shop_id
                """, (rs, i) -> new Shop(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
                rs.getObject(4, LocalDateTime.class)))
                .stream().filter(s -> request.covers(s.channel())).toList();
        Map<String, LocalDateTime> newest = new HashMap<>();
        // Loose index scan on ix_unified_order_modified (channel, shop_id, platform_modified_at).
        jdbc.query("SELECT channel, shop_id, MAX(platform_modified_at) FROM unified_order GROUP BY channel, shop_id",
                rs -> {
                    newest.put(rs.getString(1) + "/" + rs.getString(2), rs.getObject(3, LocalDateTime.class));
                });
        Map<String, List<Run>> lastRuns = lastRuns(wallNow);

        List<FiringAlerts.Scoped> firing = new ArrayList<>();
        Map<String, List<Shop>> byChannel = shops.stream()
                .collect(Collectors.groupingBy(Shop::channel, TreeMap::new, Collectors.toList()));
        int lagging = 0;
        int down = 0;
        for (Shop shop : shops) {
            WatchProperties.Limits limit = limits.limitsFor(shop.channel());
            Duration cursorAge = Duration.between(shop.cursor() == null ? shop.addedAt() : shop.cursor(), wallNow);
            LocalDateTime newestChange = newest.get(shop.key());
            Duration orderAge = newestChange == null ? null : Duration.between(newestChange, wallNow);
            boolean cursorLate = cursorAge.compareTo(limit.cursorAge()) > 0;
            boolean ordersQuiet = !limit.newestOrderAge().isZero() && orderAge != null
                    && orderAge.compareTo(limit.newestOrderAge()) > 0;
            String cursorText = shop.cursor() == null
                    ? "never synced (added " + AgeText.of(cursorAge) + " ago)"
                    : "synced up to " + AgeText.of(cursorAge) + " ago";
            String orderText = orderAge == null ? "no orders yet" : "newest order change " + AgeText.of(orderAge) + " ago";
            context.log().line("{} {}, {}: {}", shop.key(), cursorText, orderText,
                    cursorLate || ordersQuiet ? "LAGGING" : "ok");
            if (cursorLate || ordersQuiet) {
                lagging++;
                String summary = shop.channel().toLowerCase(Locale.ROOT) + " shop " + shop.shopId() + ": " + cursorText
                        + (cursorLate ? " (limit " + AgeText.of(limit.cursorAge()) + ")" : "") + "; " + orderText
                        + (ordersQuiet ? " (limit " + AgeText.of(limit.newestOrderAge()) + ")" : "");
                String details = "cursor: " + ReadableTime.of(shop.cursor()) + "\ncursor age: "
                        + AgeText.of(cursorAge) + " (limit " + AgeText.of(limit.cursorAge()) + ")\nnewest order change: "
                        + ReadableTime.of(newestChange) + (orderAge == null ? ""
                        : "\nnewest order age: " + AgeText.of(orderAge) + " (limit "
                        + (limit.newestOrderAge().isZero() ? "off" : AgeText.of(limit.newestOrderAge())) + ")");
                firing.add(new FiringAlerts.Scoped(shop.channel(), Alert.firing("SyncLag", Severity.WARNING,
                        Map.of("channel", shop.channel(), "shop", shop.shopId()), summary, details, List.of(), now)));
            }
        }
        for (Map.Entry<String, List<Shop>> channel : byChannel.entrySet()) {
            Map<String, Integer> reasons = new TreeMap<>();
            boolean allFailing = true;
            for (Shop shop : channel.getValue()) {
                List<Run> runs = lastRuns.getOrDefault(shop.key(), List.of());
                allFailing &= runs.size() >= limits.downAfterFailedRuns()
                        && runs.stream().allMatch(r -> "FAILED".equals(r.outcome()));
                runs.forEach(r -> reasons.merge(r.failureReason() == null ? "UNKNOWN" : r.failureReason(), 1,
                        Integer::sum));
            }
            if (allFailing) {
                down++;
                String reasonText = reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
                String summary = channel.getKey().toLowerCase(Locale.ROOT) + ": all " + channel.getValue().size() + " shop(s) failed their last "
                        + limits.downAfterFailedRuns() + " sync runs, mostly " + reasonText.split(",")[0];
                context.log().line("{} DOWN: {}", channel.getKey(), reasonText);
                firing.add(new FiringAlerts.Scoped(channel.getKey(), Alert.firing("ChannelDown", Severity.CRITICAL,
                        Map.of("channel", channel.getKey()), summary, "failure reasons of the last runs: " + reasonText,
                        List.of(), now)));
            }
        }
        FiringAlerts.Outcome outcome = alerts.reconcile(WATCHER, request::covers, firing);
        return "shops=" + shops.size() + " lagging=" + lagging + " channelsDown=" + down + " alerts " + outcome;
    }

    /** The last runs (outcome, failure reason) of each shop within the look-back, newest first. */
    private Map<String, List<Run>> lastRuns(LocalDateTime wallNow) {
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        jdbc.query("""
                SELECT channel, shop_id, outcome, failure_reason FROM (
                  SELECT channel, shop_id, outcome, failure_reason,
                         ROW_NUMBER() OVER (PARTITION BY channel, shop_id ORDER BY started_at DESC, id DESC) AS rn
                  FROM sync_run WHERE started_at >= ? AND outcome <> 'SKIPPED_LEASED') r
                WHERE rn <= ? ORDER BY channel, shop_id, rn
                """, rs -> {
                    runs.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new ArrayList<>())
                            .add(new Run(rs.getString(3), rs.getString(4)));
                }, wallNow.minus(limits.runLookBack()), limits.downAfterFailedRuns());
        return runs;
    }
}
