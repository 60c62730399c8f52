package io.orderhub.common.alert;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alerting tables (V5): alert state per fingerprint, notification groups, receiver leases and health, the
 * send log. Plain JDBC; every time comes from the caller (the injected clock), never from the database's NOW().
 */
public class AlertStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ERROR_MAX = 512;

    /** An alert as stored, with its episode (how many times it has fired). */
    public record StoredAlert(Alert alert, int episode, Instant lastPostedAt) {

        /** What a message is about: this alert in this episode ("fingerprint#episode"). */
        public String entry() {
            return alert.fingerprint() + "#" + episode;
        }
    }

    /** What a group's last message said, and its retry state. */
    record GroupState(String groupId, String receiver, String groupKey, Instant createdAt, Instant lastSentAt,
            Set<String> lastFiring, Set<String> lastResolved, int attempts, Instant nextAttemptAt) {
    }

    private final JdbcTemplate jdbc;

    public AlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- alert state ------------------------------------------------------------------------------------------

    /**
     * Upserts by fingerprint. A firing post on a resolved alert starts a new episode, unless it is a late copy
     * of the old episode (same startsAt); a resolved post ends the current episode.
     */
    public void upsert(Alert alert, Instant now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Object[]> current = jdbc.query(
                    "SELECT starts_at, ends_at, episode FROM alert_state WHERE fingerprint = ?",
                    (rs, i) -> new Object[] {instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getInt("episode")},
                    alert.fingerprint());
            if (current.isEmpty()) {
                try {
                    jdbc.update("INSERT INTO alert_state (fingerprint, name, severity, labels, summary, details, links,"
                                    + " starts_at, ends_at, episode, last_posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                            alert.fingerprint(), alert.name(), alert.severity().name(), json(alert.labels()),
                            truncate(alert.summary(), 1024), alert.details(), json(alert.links()), time(alert.startsAt()),
                            time(alert.endsAt()), time(now));
                    return;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            Instant startsAt = (Instant) current.get(0)[0];
            Instant endsAt = (Instant) current.get(0)[1];
            int episode = (Integer) current.get(0)[2];
            int updated;
            if (endsAt != null && !alert.isResolved()) {
                if (millis(alert.startsAt()).equals(startsAt)) {
                    return; // a late copy of the episode that already ended
                }
                updated = jdbc.update("UPDATE alert_state SET severity = ?, summary = ?, details = ?, links = ?,"
                                + " starts_at = ?, ends_at = NULL, episode = ?, last_posted_at = ?"
                                + " WHERE fingerprint = ? AND episode = ?",
                        alert.severity().name(), truncate(alert.summary(), 1024), alert.details(), json(alert.links()),
                        time(alert.startsAt()), episode + 1, time(now), alert.fingerprint(), episode);
            } else if (endsAt != null) {
                return; // already resolved: the first resolution stands
            } else {
                updated = jdbc.update("UPDATE alert_state SET severity = ?, summary = ?, details = ?, links = ?,"
                                + " ends_at = ?, last_posted_at = ? WHERE fingerprint = ? AND episode = ?",
                        alert.severity().name(), truncate(alert.summary(), 1024), alert.details(), json(alert.links()),
                        time(alert.endsAt()), time(now), alert.fingerprint(), episode);
            }
            if (updated == 1) {
                return;
            }
        }
        throw new IllegalStateException("alert " + alert.name() + " " + alert.fingerprint()
                + ": concurrent posts kept changing it");
    }

    /** Firing alerts, and resolved ones that ended at or after {@code resolvedSince}. */
    public List<StoredAlert> alerts(Instant resolvedSince) {
        return jdbc.query("SELECT * FROM alert_state WHERE ends_at IS NULL OR ends_at >= ? ORDER BY starts_at, fingerprint",
                (rs, i) -> storedAlert(rs), time(resolvedSince));
    }

    public StoredAlert alert(String fingerprint) {
        List<StoredAlert> rows = jdbc.query("SELECT * FROM alert_state WHERE fingerprint = ?", (rs, i) -> storedAlert(rs),
                fingerprint);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public int deleteResolvedBefore(Instant before) {
        return jdbc.update("DELETE FROM alert_state WHERE ends_at < ?", time(before));
    }

    private StoredAlert storedAlert(ResultSet rs) throws SQLException {
        Alert alert = new Alert(rs.getString("name"), Severity.valueOf(rs.getString("severity")),
                new TreeMap<>(JSON.readValue(rs.getString("labels"), new TypeReference<Map<String, String>>() { })),
                rs.getString("summary"), rs.getString("details"),
                rs.getString("links") == null ? List.of()
                        : JSON.readValue(rs.getString("links"), new TypeReference<List<Alert.Link>>() { }),
                instant(rs, "starts_at"), instant(rs, "ends_at"));
        return new StoredAlert(alert, rs.getInt("episode"), instant(rs, "last_posted_at"));
    }

    // --- groups -----------------------------------------------------------------------------------------------

    Map<String, GroupState> groups(String receiver) {
        Map<String, GroupState> groups = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM alert_group WHERE receiver = ?", rs -> {
            groups.put(rs.getString("group_id"), new GroupState(rs.getString("group_id"), rs.getString("receiver"),
                    rs.getString("group_key"), instant(rs, "created_at"), instant(rs, "last_sent_at"),
                    entries(rs.getString("last_sent_firing")), entries(rs.getString("last_sent_resolved")),
                    rs.getInt("attempts"), instant(rs, "next_attempt_at")));
        }, receiver);
        return groups;
    }

    /** Creates the group's row if it has none (another executor may have just done so). */
    GroupState openGroup(String groupId, String receiver, String groupKey, Instant now) {
        try {
            jdbc.update("INSERT INTO alert_group (group_id, receiver, group_key, created_at) VALUES (?, ?, ?, ?)",
                    groupId, receiver, truncate(groupKey, 1024), time(now));
        } catch (DuplicateKeyException exists) {
            return groups(receiver).get(groupId);
        }
        return new GroupState(groupId, receiver, groupKey, millis(now), null, Set.of(), Set.of(), 0, null);
    }

    void deleteGroups(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM alert_group WHERE group_id = ?", groupIds.stream().map(id -> new Object[] {id}).toList());
    }

    void groupSent(Collection<String> groupIds, Map<String, Set<String>> firing, Map<String, Set<String>> resolved,
            String via, Instant now) {
        jdbc.batchUpdate("UPDATE alert_group SET last_sent_at = ?, last_sent_firing = ?, last_sent_resolved = ?,"
                        + " last_sent_via = ?, attempts = 0, next_attempt_at = NULL, last_error = NULL WHERE group_id = ?",
                groupIds.stream().map(id -> new Object[] {time(now), json(firing.get(id)), json(resolved.get(id)), via, id})
                        .toList());
    }

    /**
     * Records what a message announced for groups it could only partly carry (a size limit, the rate window), keeping
     * {@code last_sent_at} so the rest is due again at once rather than after group_interval.
     */
    void groupPartlySent(Collection<String> groupIds, Map<String, Set<String>> firing,
            Map<String, Set<String>> resolved, String via) {
        jdbc.batchUpdate("UPDATE alert_group SET last_sent_firing = ?, last_sent_resolved = ?, last_sent_via = ?,"
                        + " attempts = 0, next_attempt_at = NULL, last_error = NULL WHERE group_id = ?",
                groupIds.stream().map(id -> new Object[] {json(firing.get(id)), json(resolved.get(id)), via, id})
                        .toList());
    }

    void groupFailed(Collection<String> groupIds, Map<String, Integer> attempts, Map<String, Instant> nextAttemptAt,
            String error) {
        jdbc.batchUpdate("UPDATE alert_group SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE group_id = ?",
                groupIds.stream().map(id -> new Object[] {attempts.get(id), time(nextAttemptAt.get(id)),
                        truncate(error, ERROR_MAX), id}).toList());
    }

    // --- receivers --------------------------------------------------------------------------------------------

    /** Takes the receiver's lease if it is free, expired or already ours. */
    boolean claim(String receiver, String holder, Instant now, Instant until) {
        String sql = "UPDATE alert_receiver SET lease_holder = ?, lease_until = ?"
                + " WHERE name = ? AND (lease_until IS NULL OR lease_until <= ? OR lease_holder = ?)";
        if (jdbc.update(sql, holder, time(until), receiver, time(now), holder) == 1) {
            return true;
        }
        try {
            jdbc.update("INSERT INTO alert_receiver (name) VALUES (?)", receiver);
        } catch (DuplicateKeyException exists) {
            return false; // present and leased by another dispatcher
        }
        return jdbc.update(sql, holder, time(until), receiver, time(now), holder) == 1;
    }

    void release(String receiver, String holder) {
        jdbc.update("UPDATE alert_receiver SET lease_holder = NULL, lease_until = NULL WHERE name = ? AND lease_holder = ?",
                receiver, holder);
    }

    /** Records a failed send; returns the receiver's consecutive failures. */
    int receiverFailed(String receiver, Instant now, String error) {
        ensureReceiver(receiver);
        jdbc.update("UPDATE alert_receiver SET consecutive_failures = consecutive_failures + 1,"
                        + " total_failures = total_failures + 1, last_failure_at = ?, last_error = ? WHERE name = ?",
                time(now), truncate(error, ERROR_MAX), receiver);
        return jdbc.queryForObject("SELECT consecutive_failures FROM alert_receiver WHERE name = ?", Integer.class, receiver);
    }

    /** Records a successful send; returns the consecutive failures it ended. */
    int receiverSucceeded(String receiver, Instant now) {
        ensureReceiver(receiver);
        Integer before = jdbc.queryForObject("SELECT consecutive_failures FROM alert_receiver WHERE name = ?",
                Integer.class, receiver);
        jdbc.update("UPDATE alert_receiver SET consecutive_failures = 0, last_success_at = ? WHERE name = ?",
                time(now), receiver);
        return before == null ? 0 : before;
    }

    private void ensureReceiver(String receiver) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM alert_receiver WHERE name = ?", Integer.class, receiver) == 0) {
            try {
                jdbc.update("INSERT INTO alert_receiver (name) VALUES (?)", receiver);
            } catch (DuplicateKeyException raced) {
                // created by another dispatcher meanwhile
            }
        }
    }

    // --- send log ---------------------------------------------------------------------------------------------

    void logAttempt(String receiver, Instant at, String groupId, int groupCount, int alertCount, String error) {
        jdbc.update("INSERT INTO alert_notification_log (receiver, attempted_at, group_id, group_count, alert_count,"
                        + " outcome, error) VALUES (?, ?, ?, ?, ?, ?, ?)",
                receiver, time(at), groupId, groupCount, alertCount, error == null ? "SENT" : "FAILED",
                truncate(error, ERROR_MAX));
    }

    /** Send attempts to {@code receiver} at or after {@code since} (what a rate-limit window counts). */
    int attemptsSince(String receiver, Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM alert_notification_log WHERE receiver = ? AND attempted_at >= ?",
                Integer.class, receiver, time(since));
    }

    int deleteLogBefore(Instant before) {
        return jdbc.update("DELETE FROM alert_notification_log WHERE attempted_at < ?", time(before));
    }

    // --- conversions ------------------------------------------------------------------------------------------

    static LocalDateTime time(Instant instant) {
        return instant == null ? null
                : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), OmsCommonAutoConfiguration.PLATFORM_ZONE);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.atZone(OmsCommonAutoConfiguration.PLATFORM_ZONE).toInstant();
    }

    static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    private static Set<String> entries(String json) {
        return json == null ? Set.of() : new LinkedHashSet<>(JSON.readValue(json, new TypeReference<List<String>>() { }));
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
