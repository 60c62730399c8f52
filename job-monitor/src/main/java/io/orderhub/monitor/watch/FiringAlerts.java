package io.orderhub.monitor.watch;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.config.OmsCommonAutoConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alerts each watcher has posted as firing and not yet resolved (table {@code watch_alert}). Watchers are
 * stateless evaluations ("what is wrong now"); this ledger turns the difference between two evaluations into
 * firing and resolved posts, Alertmanager style: a firing alert is posted again on every run while its condition
 * holds (the sink de-duplicates by fingerprint) and keeps the {@code startsAt} of its first post; one that is no
 * longer reported is posted once more with {@code endsAt} set.
 */
public class FiringAlerts {

    /** An alert with the scope it belongs to (a channel, a feed): what one evaluation of a watcher covers. */
    public record Scoped(String scope, Alert alert) {
    }

    /** What one reconciliation posted. */
    public record Outcome(int firing, int started, int resolved) {
        @Override
        public String toString() {
            return "firing=" + firing + " (new " + started + ") resolved=" + resolved;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final AlertSink sink;
    private final Clock clock;

    public FiringAlerts(JdbcTemplate jdbc, AlertSink sink, Clock clock) {
        this.jdbc = jdbc;
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * Posts every alert of {@code firing} and resolves the alerts {@code watcher} fired earlier in a scope that
     * {@code covers} accepts but that are not firing any more. Notices (see {@link #notice}) are left alone.
     */
    public Outcome reconcile(String watcher, Predicate<String> covers, List<Scoped> firing) {
        return reconcile(watcher, covers, firing, UnaryOperator.identity());
    }

    /**
     * As {@link #reconcile(String, Predicate, List)}, with {@code finalFigures} rewriting each alert that resolves
     * (it gets the last firing post) so the resolved notice can state how things ended.
     */
    public Outcome reconcile(String watcher, Predicate<String> covers, List<Scoped> firing,
            UnaryOperator<Alert> finalFigures) {
        Instant now = clock.instant();
        Map<String, Stored> before = new HashMap<>();
        jdbc.query("SELECT fingerprint, scope, alert_json, starts_at FROM watch_alert WHERE watcher = ? "
                + "AND resolve_after IS NULL", rs -> {
                    before.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3),
                            instant(rs.getObject(4, LocalDateTime.class))));
                }, watcher);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Map<String, Scoped> current = new HashMap<>();
        for (Scoped scoped : firing) {
            current.putIfAbsent(scoped.alert().fingerprint(), scoped);
        }
        for (Map.Entry<String, Scoped> entry : current.entrySet()) {
            Alert alert = entry.getValue().alert();
            Stored earlier = before.get(entry.getKey());
            Instant startsAt = earlier == null ? alert.startsAt() : earlier.startsAt();
            Alert posted = new Alert(alert.name(), alert.severity(), alert.labels(), alert.summary(), alert.details(),
                    alert.links(), startsAt, null);
            sink.post(posted);
            if (earlier == null) {
                inserts.add(new Object[] {entry.getKey(), watcher, entry.getValue().scope(), alert.name(),
                        JSON.writeValueAsString(posted), wallClock(startsAt), wallClock(now)});
            } else {
                updates.add(new Object[] {entry.getValue().scope(), JSON.writeValueAsString(posted), wallClock(now),
                        entry.getKey()});
            }
        }
        List<Object[]> deletes = new ArrayList<>();
        before.forEach((fingerprint, stored) -> {
            if (!current.containsKey(fingerprint) && covers.test(stored.scope())) {
                sink.post(finalFigures.apply(stored.alert().resolvedAt(now)));
                deletes.add(new Object[] {fingerprint});
            }
        });
        batch("INSERT INTO watch_alert (fingerprint, watcher, scope, alert_name, alert_json, starts_at, "
                + "last_posted_at) VALUES (?, ?, ?, ?, ?, ?, ?)", inserts);
        batch("UPDATE watch_alert SET scope = ?, alert_json = ?, last_posted_at = ? WHERE fingerprint = ?", updates);
        batch("DELETE FROM watch_alert WHERE fingerprint = ?", deletes);
        return new Outcome(current.size(), inserts.size(), deletes.size());
    }

    /**
     * Posts a notice (an event, with no condition that clears) once: returns false if it was posted before. It is
     * resolved by {@link #resolveExpiredNotices} once {@code holdFor} has passed, so receivers see it as firing
     * for that long (repeat reminders) and then as over.
     */
    public boolean notice(String watcher, String scope, Alert alert, Duration holdFor) {
        String fingerprint = alert.fingerprint();
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM watch_alert WHERE fingerprint = ?", Integer.class,
                fingerprint);
        if (known != null && known > 0) {
            return false;
        }
        sink.post(alert);
        jdbc.update("INSERT INTO watch_alert (fingerprint, watcher, scope, alert_name, alert_json, starts_at, "
                        + "last_posted_at, resolve_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                fingerprint, watcher, scope, alert.name(), JSON.writeValueAsString(alert), wallClock(alert.startsAt()),
                wallClock(clock.instant()), wallClock(clock.instant().plus(holdFor)));
        return true;
    }

    /** Resolves the notices of {@code watcher} whose hold time has passed; returns how many. */
    public int resolveExpiredNotices(String watcher) {
        Instant now = clock.instant();
        List<Object[]> deletes = new ArrayList<>();
        jdbc.query("SELECT fingerprint, alert_json FROM watch_alert WHERE watcher = ? AND resolve_after IS NOT NULL "
                + "AND resolve_after <= ?", rs -> {
                    sink.post(JSON.readValue(rs.getString(2), Alert.class).resolvedAt(now));
                    deletes.add(new Object[] {rs.getString(1)});
                }, watcher, wallClock(now));
        batch("DELETE FROM watch_alert WHERE fingerprint = ?", deletes);
        return deletes.size();
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private record Stored(String scope, String json, Instant startsAt) {
        Alert alert() {
            return JSON.readValue(json, Alert.class);
        }
    }

    /** Our tables hold GMT+8 wall-clock times, like every platform's. */
    static LocalDateTime wallClock(Instant instant) {
        return LocalDateTime.ofInstant(instant, OmsCommonAutoConfiguration.PLATFORM_ZONE);
    }

    /** Read as {@code LocalDateTime}, never {@code Timestamp}: that one passes through the JVM's zone (DST gaps). */
    static Instant instant(LocalDateTime wallClock) {
        return wallClock.atZone(OmsCommonAutoConfiguration.PLATFORM_ZONE).toInstant();
    }
}
