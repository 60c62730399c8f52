package io.orderhub.monitor.watch;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.time.ReadableTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code failureSpikeWatch}: reads our own tables over a look-back window, per channel and shop, and alerts on
 * <ul>
 *   <li>callbacks failing verification ({@code inbox_message} HELD): share of all received from the same sender
 *       (order pushes, or one payment gateway) since the first failure ({@code CallbackVerificationFailing}); a burst
 *       of SIGNATURE_MISMATCH says "algorithm changed?", is CRITICAL and says what to do;</li>
 *   <li>callbacks to shops or gateways we do not have, all together ({@code CallbacksToUnknownShops});</li>
 *   <li>the inbox backlog (HELD + VERIFIED, not notices parked until their order arrives) and the age of its oldest
 *       message ({@code InboxBacklog});</li>
 *   <li>dead letters ({@code InboxDeadLetters}) and messages accepted only under a legacy signature
 *       ({@code LegacySignatureAccepted});</li>
 *   <li>quarantined payloads against orders written ({@code QuarantineSpike}) and failed sync runs
 *       ({@code SyncRunFailures}).</li>
 * </ul>
 * Every alert names the dominant reason. An alert resolves on the first run that finds the shop back under its
 * thresholds.
 */
public class FailureSpikeWatch {

    static final String WATCHER = "failureSpikeWatch";
    private static final String CHANNEL = "COALESCE(channel, source)";
    private static final String SHOP = "COALESCE(shop_id, gateway, '-')";
    /** Who sent it: order pushes, or one payment gateway's notices — ratios are taken per sender, never mixed. */
    private static final String SENDER = "CASE WHEN gateway IS NULL THEN source ELSE CONCAT(source, ':', gateway) END";
    private static final String SENDER_OF_M =
            "CASE WHEN m.gateway IS NULL THEN m.source ELSE CONCAT(m.source, ':', m.gateway) END";
    /** Held because nobody here is the addressee: one aggregated alert, not one per invented shop id. */
    private static final String UNADDRESSED = "('UNKNOWN_SHOP', 'UNKNOWN_GATEWAY')";
    /** Verified notices parked until their order arrives are waiting by design, not a backlog. */
    private static final String PARKED = "'AWAITING_ORDER'";
    private static final int TOP_ADDRESSEES = 5;
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final JdbcTemplate jdbc;
    private final FiringAlerts alerts;
    private final WatchProperties.Failures limits;
    private final Clock clock;

    public FailureSpikeWatch(JdbcTemplate jdbc, FiringAlerts alerts, WatchProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.limits = properties.failures();
        this.clock = clock;
    }

    /** What the tables say about one sender's callbacks to one shop in the window. */
    static final class SenderStats {
        final Map<String, Integer> heldByReason = new TreeMap<>();
        final Map<String, Integer> heldSignMethods = new TreeMap<>();
        LocalDateTime firstFailure;
        int receivedSinceFirstFailure;
    }

    /** What the tables say about one shop in the window. */
    static final class ShopStats {
        final Map<String, SenderStats> senders = new TreeMap<>();
        int waiting;
        int waitingHeld;
        LocalDateTime oldestWaiting;
        final Map<String, Integer> deadByReason = new TreeMap<>();
        final Map<String, Integer> legacyBySignMethod = new TreeMap<>();
        final Map<String, Integer> quarantinedByReason = new TreeMap<>();
        long ordersWritten;
        int runs;
        int failedRuns;
        final Map<String, Integer> runFailureReasons = new TreeMap<>();

        static int total(Map<String, Integer> counts) {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public String run(WatchRequest request, JobContext context) {
        Instant now = clock.instant();
        LocalDateTime wallNow = FiringAlerts.wallClock(now);
        LocalDateTime since = wallNow.minus(limits.lookBack());
        Map<ShopKey, ShopStats> shops = new TreeMap<>();
        read(shops, request, since);

        List<FiringAlerts.Scoped> firing = new ArrayList<>();
        String window = AgeText.of(limits.lookBack());
        shops.forEach((shop, stats) -> {
            stats.senders.forEach((sender, held) -> context.log().line("{} {} held={}/{}{}", shop, sender,
                    ShopStats.total(held.heldByReason), held.receivedSinceFirstFailure,
                    held.firstFailure == null ? "" : " since " + time(held.firstFailure, wallNow)));
            context.log().line("{} waiting={} (held {}){} dead={} legacy={} quarantined={}/{} "
                            + "runsFailed={}/{}", shop, stats.waiting,
                    stats.waitingHeld, stats.oldestWaiting == null ? ""
                            : " oldest " + AgeText.of(Duration.between(stats.oldestWaiting, wallNow)),
                    ShopStats.total(stats.deadByReason), ShopStats.total(stats.legacyBySignMethod),
                    ShopStats.total(stats.quarantinedByReason),
                    ShopStats.total(stats.quarantinedByReason) + stats.ordersWritten, stats.failedRuns, stats.runs);
            stats.senders.forEach((sender, held) ->
                    verification(shop, sender, held, wallNow, now).ifPresent(firing::add));
            backlog(shop, stats, wallNow, now).ifPresent(firing::add);
            int dead = ShopStats.total(stats.deadByReason);
            if (dead >= limits.deadLetters()) {
                firing.add(scoped(shop, "InboxDeadLetters", Severity.WARNING, shop.text() + ": " + dead
                        + " callback(s) gave up (DEAD) in the last " + window + ", mostly "
                        + dominant(stats.deadByReason), "by reason: " + stats.deadByReason, now));
            }
            int legacy = ShopStats.total(stats.legacyBySignMethod);
            if (legacy >= limits.legacyAccepted()) {
                firing.add(scoped(shop, "LegacySignatureAccepted", Severity.WARNING, shop.text() + ": " + legacy
                        + " callback(s) in the last " + window + " verified only under the legacy signature ("
                        + dominantKey(stats.legacyBySignMethod) + ") — the platform still signs the old way",
                        "by sign method: " + stats.legacyBySignMethod, now));
            }
            int quarantined = ShopStats.total(stats.quarantinedByReason);
            long processed = quarantined + stats.ordersWritten;
            if (quarantined >= limits.minQuarantined() && quarantined >= limits.quarantineRatio() * processed) {
                firing.add(scoped(shop, "QuarantineSpike", Severity.WARNING, shop.text() + ": "
                        + percent(quarantined, processed) + " of orders quarantined in the last " + window + " ("
                        + quarantined + " of " + processed + "), mostly " + dominant(stats.quarantinedByReason),
                        "quarantined by reason: " + stats.quarantinedByReason + "\norders written: "
                                + stats.ordersWritten, now));
            }
            if (stats.failedRuns >= limits.minFailedRuns()
                    && stats.failedRuns >= limits.failedRunRatio() * stats.runs) {
                firing.add(scoped(shop, "SyncRunFailures", Severity.WARNING, shop.text() + ": " + stats.failedRuns
                        + " of " + stats.runs + " sync runs failed in the last " + window + ", mostly "
                        + dominant(stats.runFailureReasons), "failure reasons: " + stats.runFailureReasons, now));
            }
        });
        if (request.channels().isEmpty()) {
            unaddressed(since, window, now).ifPresent(firing::add);
        }
        FiringAlerts.Outcome outcome = alerts.reconcile(WATCHER, request::covers, firing,
                resolved -> finalFigures(resolved, now));
        return "shops=" + shops.size() + " window=" + window + " alerts " + outcome;
    }

    private Optional<FiringAlerts.Scoped> verification(ShopKey shop, String sender, SenderStats stats,
            LocalDateTime wallNow, Instant now) {
        int held = ShopStats.total(stats.heldByReason);
        int received = Math.max(held, stats.receivedSinceFirstFailure);
        if (held < limits.minVerificationFailures() || held < limits.verificationFailureRatio() * received) {
            return Optional.empty();
        }
        int mismatches = stats.heldByReason.getOrDefault("SIGNATURE_MISMATCH", 0);
        String since = time(stats.firstFailure, wallNow);
        String details = "held by reason: " + stats.heldByReason + "\nsign_method of held callbacks: "
                + stats.heldSignMethods + "\nreceived from " + sender + " since " + ReadableTime.of(stats.firstFailure) + ": " + received;
        boolean signatureBurst = "SIGNATURE_MISMATCH".equals(dominantKey(stats.heldByReason))
                && mismatches >= limits.signatureBurstRatio() * received;
        String summary = signatureBurst
                ? shop.text() + ": " + percent(mismatches, received) + " of " + sender
                        + " callbacks fail signature check since " + since + " — algorithm changed?"
                : shop.text() + ": " + percent(held, received) + " of " + sender + " callbacks fail verification since "
                        + since + " (" + held + " of " + received + "), mostly " + dominant(stats.heldByReason);
        List<Alert.Link> links = List.of();
        if (signatureBurst) {
            SignatureSwitchAdvice advice = new SignatureSwitchAdvice(shop, sender, stats.firstFailure);
            details += "\n\n" + advice.whatToDo(stats.heldSignMethods) + "\nrunbook: " + limits.signatureRunbook();
            links = List.of(new Alert.Link("Runbook: callback signature switch", limits.signatureRunbook()));
        }
        return Optional.of(new FiringAlerts.Scoped(shop.channel(), Alert.firing("CallbackVerificationFailing",
                signatureBurst ? Severity.CRITICAL : Severity.WARNING, labels(shop, sender), summary, details, links,
                now)));
    }

    /**
     * Callbacks held because their shop or gateway is not ours (a misconfigured sender, or someone probing with
     * invented ids): one alert over all of them with the count and the most frequent ids.
     */
    private Optional<FiringAlerts.Scoped> unaddressed(LocalDateTime since, String window, Instant now) {
        Map<String, Integer> byAddressee = new LinkedHashMap<>();
        jdbc.query("SELECT " + CHANNEL + ", " + SHOP + ", COUNT(*) AS n FROM inbox_message WHERE state = 'HELD' "
                + "AND reason IN " + UNADDRESSED + " AND received_at >= ? GROUP BY " + CHANNEL + ", " + SHOP
                + " ORDER BY n DESC, 1, 2", rs -> {
                    byAddressee.put(new ShopKey(rs.getString(1), rs.getString(2)).toString(), rs.getInt(3));
                }, since);
        int total = ShopStats.total(byAddressee);
        if (total < limits.minVerificationFailures()) {
            return Optional.empty();
        }
        String top = byAddressee.entrySet().stream().limit(TOP_ADDRESSEES)
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        return Optional.of(new FiringAlerts.Scoped("*", Alert.firing("CallbacksToUnknownShops", Severity.WARNING,
                Map.of("scope", "all"), total + " callback(s) in the last " + window + " addressed to "
                        + byAddressee.size() + " shop(s)/gateway(s) we do not have, most to " + top,
                "held UNKNOWN_SHOP / UNKNOWN_GATEWAY; a real shop missing from channel_shop (or a gateway from "
                        + "oms.payments.gateways) is fixed by adding it and running inboxReplay with "
                        + "{\"reasons\":[\"UNKNOWN_SHOP\",\"UNKNOWN_GATEWAY\"]}; invented ids are probes and stay held",
                List.of(), now)));
    }

    /**
     * The resolved notice of a verification alert carries the figures at resolution (after the replay), not the
     * summary of its last firing post: what happened to the callbacks of that sender and shop since the window in
     * which it fired began.
     */
    private Alert finalFigures(Alert resolved, Instant now) {
        String sender = resolved.labels().get("source");
        if (!"CallbackVerificationFailing".equals(resolved.name()) || sender == null) {
            return resolved;
        }
        ShopKey shop = new ShopKey(resolved.labels().get("channel"), resolved.labels().get("shop"));
        LocalDateTime since = FiringAlerts.wallClock(resolved.startsAt()).minus(limits.lookBack());
        Map<String, Integer> byState = new TreeMap<>();
        jdbc.query("SELECT state, COUNT(*) FROM inbox_message WHERE " + CHANNEL + " = ? AND " + SHOP + " = ? AND "
                + SENDER + " = ? AND received_at >= ? GROUP BY state",
                rs -> {
                    byState.put(rs.getString(1), rs.getInt(2));
                }, shop.channel(), shop.shop(), sender, since);
        String summary = shop.text() + ": " + sender + " callbacks verify again; since " + time(since,
                FiringAlerts.wallClock(now)) + " " + ShopStats.total(byState) + " received: "
                + byState.getOrDefault("APPLIED", 0) + " applied, " + byState.getOrDefault("HELD", 0) + " held, "
                + byState.getOrDefault("VERIFIED", 0) + " waiting, " + byState.getOrDefault("DEAD", 0) + " dead, "
                + byState.getOrDefault("DUPLICATE", 0) + " duplicate";
        return new Alert(resolved.name(), resolved.severity(), resolved.labels(), summary,
                "final figures at resolution; when it fired: " + resolved.summary() + "\n" + resolved.details(),
                resolved.links(), resolved.startsAt(), resolved.endsAt());
    }

    private Optional<FiringAlerts.Scoped> backlog(ShopKey shop, ShopStats stats, LocalDateTime wallNow,
            Instant now) {
        if (stats.waiting == 0) {
            return Optional.empty();
        }
        Duration oldest = Duration.between(stats.oldestWaiting, wallNow);
        if (stats.waiting < limits.backlogCount() && oldest.compareTo(limits.backlogAge()) < 0) {
            return Optional.empty();
        }
        return Optional.of(scoped(shop, "InboxBacklog", Severity.WARNING, shop.text() + ": "
                + stats.waiting + " callback(s) waiting (" + stats.waitingHeld + " held, "
                + (stats.waiting - stats.waitingHeld) + " verified), oldest " + AgeText.of(oldest) + " old",
                "limits: " + limits.backlogCount() + " messages or " + AgeText.of(limits.backlogAge())
                        + "\noldest received at " + stats.oldestWaiting, now));
    }

    private void read(Map<ShopKey, ShopStats> shops, WatchRequest request, LocalDateTime since) {
        query("SELECT " + CHANNEL + ", " + SHOP + ", " + SENDER + ", COALESCE(reason, 'UNKNOWN'), "
                + "COALESCE(sign_method, '-'), COUNT(*), MIN(received_at) FROM inbox_message WHERE state = 'HELD' "
                + "AND received_at >= ? AND COALESCE(reason, 'UNKNOWN') NOT IN " + UNADDRESSED + " GROUP BY " + CHANNEL
                + ", " + SHOP + ", " + SENDER + ", COALESCE(reason, 'UNKNOWN'), COALESCE(sign_method, '-')",
                shops, request, (shop, rs) -> {
                    SenderStats stats = shop.senders.computeIfAbsent(rs.getString(3), s -> new SenderStats());
                    stats.heldByReason.merge(rs.getString(4), rs.getInt(6), Integer::sum);
                    stats.heldSignMethods.merge(rs.getString(5), rs.getInt(6), Integer::sum);
                    LocalDateTime first = rs.getObject(7, LocalDateTime.class);
                    if (stats.firstFailure == null || first.isBefore(stats.firstFailure)) {
                        stats.firstFailure = first;
                    }
                }, since);
        query("SELECT COALESCE(m.channel, m.source), COALESCE(m.shop_id, m.gateway, '-'), " + SENDER_OF_M + ", COUNT(*) "
                + "FROM inbox_message m JOIN ("
                + "  SELECT " + CHANNEL + " AS ch, " + SHOP + " AS shop, " + SENDER + " AS sender, "
                + "  MIN(received_at) AS first_failure FROM inbox_message WHERE state = 'HELD' AND received_at >= ?"
                + "  GROUP BY " + CHANNEL + ", " + SHOP + ", " + SENDER
                + ") f ON COALESCE(m.channel, m.source) = f.ch AND COALESCE(m.shop_id, m.gateway, '-') = f.shop"
                + " AND " + SENDER_OF_M + " = f.sender AND m.received_at >= f.first_failure WHERE m.received_at >= ?"
                + " GROUP BY COALESCE(m.channel, m.source), COALESCE(m.shop_id, m.gateway, '-'), " + SENDER_OF_M,
                shops, request, (shop, rs) -> {
                    SenderStats stats = shop.senders.get(rs.getString(3));
                    if (stats != null) {
                        stats.receivedSinceFirstFailure = rs.getInt(4);
                    }
                }, since, since);
        // The backlog is a state, not an event: counted over the whole table (ix_inbox_state), not the window.
        query("SELECT " + CHANNEL + ", " + SHOP + ", COUNT(*), SUM(CASE WHEN state = 'HELD' THEN 1 ELSE 0 END), "
                + "MIN(received_at) FROM inbox_message WHERE state IN ('HELD', 'VERIFIED') AND COALESCE(reason, '-') "
                + "NOT IN (" + PARKED + ", 'UNKNOWN_SHOP', 'UNKNOWN_GATEWAY') GROUP BY " + CHANNEL + ", " + SHOP,
                shops, request, (stats, rs) -> {
                    stats.waiting = rs.getInt(3);
                    stats.waitingHeld = rs.getInt(4);
                    stats.oldestWaiting = rs.getObject(5, LocalDateTime.class);
                });
        query("SELECT " + CHANNEL + ", " + SHOP + ", COALESCE(reason, 'UNKNOWN'), COUNT(*) FROM inbox_message "
                + "WHERE state = 'DEAD' AND COALESCE(processed_at, received_at) >= ? GROUP BY " + CHANNEL + ", " + SHOP
                + ", COALESCE(reason, 'UNKNOWN')", shops, request,
                (stats, rs) -> stats.deadByReason.merge(rs.getString(3), rs.getInt(4), Integer::sum), since);
        query("SELECT " + CHANNEL + ", " + SHOP + ", COALESCE(sign_method, '-'), COUNT(*) FROM inbox_message "
                + "WHERE legacy_accepted = TRUE AND received_at >= ? GROUP BY " + CHANNEL + ", " + SHOP
                + ", COALESCE(sign_method, '-')", shops, request,
                (stats, rs) -> stats.legacyBySignMethod.merge(rs.getString(3), rs.getInt(4), Integer::sum), since);
        query("SELECT channel, shop_id, reason, COUNT(*) FROM raw_payload WHERE received_at >= ? "
                + "GROUP BY channel, shop_id, reason", shops, request,
                (stats, rs) -> stats.quarantinedByReason.merge(rs.getString(3), rs.getInt(4), Integer::sum), since);
        query("SELECT channel, shop_id, COUNT(*), SUM(CASE WHEN outcome = 'FAILED' THEN 1 ELSE 0 END), "
                + "SUM(orders_new + orders_updated) FROM sync_run WHERE started_at >= ? AND outcome <> 'SKIPPED_LEASED' "
                + "GROUP BY channel, shop_id", shops, request, (stats, rs) -> {
                    stats.runs = rs.getInt(3);
                    stats.failedRuns = rs.getInt(4);
                    stats.ordersWritten = rs.getLong(5);
                }, since);
        query("SELECT channel, shop_id, COALESCE(failure_reason, 'UNKNOWN'), COUNT(*) FROM sync_run "
                + "WHERE started_at >= ? AND outcome = 'FAILED' GROUP BY channel, shop_id, "
                + "COALESCE(failure_reason, 'UNKNOWN')", shops, request,
                (stats, rs) -> stats.runFailureReasons.merge(rs.getString(3), rs.getInt(4), Integer::sum), since);
    }

    @FunctionalInterface
    private interface RowInto {
        void add(ShopStats stats, ResultSet rs) throws SQLException;
    }

    /** Runs a query whose first two columns are channel and shop, adding each row to that shop's stats. */
    private void query(String sql, Map<ShopKey, ShopStats> shops, WatchRequest request, RowInto into,
            Object... args) {
        jdbc.query(sql, rs -> {
            ShopKey key = new ShopKey(rs.getString(1), rs.getString(2));
            if (request.covers(key.channel())) {
                into.add(shops.computeIfAbsent(key, k -> new ShopStats()), rs);
            }
        }, args);
    }

    private static Map<String, String> labels(ShopKey shop, String sender) {
        Map<String, String> labels = new TreeMap<>(shop.labels());
        labels.put("source", sender);
        return labels;
    }

    private static FiringAlerts.Scoped scoped(ShopKey shop, String name, Severity severity, String summary,
            String details, Instant now) {
        return new FiringAlerts.Scoped(shop.channel(), Alert.firing(name, severity, shop.labels(), summary, details,
                List.of(), now));
    }

    /** The reason with the highest count and its count: {@code SIGNATURE_MISMATCH (98)}. */
    static String dominant(Map<String, Integer> counts) {
        String key = dominantKey(counts);
        return key == null ? "-" : key + " (" + counts.get(key) + ")";
    }

    static String dominantKey(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }

    private static String time(LocalDateTime at, LocalDateTime now) {
        return ReadableTime.of(at.toLocalDate().equals(now.toLocalDate()) ? CLOCK_TIME : DAY_TIME, at);
    }

}
