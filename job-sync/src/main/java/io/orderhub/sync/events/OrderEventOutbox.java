package io.orderhub.sync.events;

import io.orderhub.common.persistence.OrderEventPayload;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The publisher's side of {@code order_event_outbox}: claim the oldest unpublished rows, stamp what the broker
 * confirmed, count attempts of what it did not. Claims are {@code FOR UPDATE SKIP LOCKED} (MariaDB 10.6+, H2 2.x):
 * two executors running the job at once take disjoint rows instead of publishing the same ones twice. The caller
 * holds the claim's transaction (READ COMMITTED: no gap locks, so the sync keeps appending while a batch is out).
 */
@Repository
public class OrderEventOutbox {

    private final JdbcTemplate jdbc;

    public OrderEventOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest id now: a run publishes up to here, so it ends even while the sync keeps appending. */
    long newestId() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM order_event_outbox", Long.class);
        return id == null ? 0 : id;
    }

    /**
     * Locks and returns up to {@code limit} unpublished rows with {@code afterId < id <= upToId} that are due at
     * {@code now} (not parked, back-off over), oldest first.
     */
    List<OutboxEvent> claim(long afterId, long upToId, int limit, LocalDateTime now) {
        return jdbc.query("SELECT id, event_id, channel, status_after, payload, attempts, order_no, shop_id,"
                        + " platform_order_id, status_before, source, occurred_at, created_at, nacks"
                        + " FROM order_event_outbox WHERE published_at IS NULL AND id > ? AND id <= ?"
                        + " AND parked_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                        + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                (rs, i) -> {
                    String payload = rs.getString(5);
                    if (payload == null) { // the write path leaves the standard body to be rendered here
                        payload = OrderEventPayload.render(rs.getLong(1), rs.getString(2), rs.getString(7), rs.getString(3),
                                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(4), rs.getString(11),
                                rs.getObject(12, LocalDateTime.class), rs.getObject(13, LocalDateTime.class));
                    }
                    return new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), payload,
                            rs.getInt(6), rs.getInt(14));
                },
                afterId, upToId, now, limit);
    }

    void markPublished(Collection<Long> ids, LocalDateTime at) {
        if (!ids.isEmpty()) {
            jdbc.update("UPDATE order_event_outbox SET published_at = ?, attempts = attempts + 1, last_error = NULL"
                    + " WHERE id IN (" + placeholders(ids.size()) + ")", args(at, ids));
        }
    }

    /** Not confirmed for a reason that is not the event's own (timeout, broker gone): due again on the next run. */
    void markFailed(Collection<Long> ids, String reason) {
        if (!ids.isEmpty()) {
            jdbc.update("UPDATE order_event_outbox SET attempts = attempts + 1, last_error = ?"
                    + " WHERE id IN (" + placeholders(ids.size()) + ")", args(error(reason), ids));
        }
    }

    /** Refused by the broker: counts a nack and waits until {@code nextAttemptAt}. */
    void markNacked(Collection<Long> ids, String reason, LocalDateTime nextAttemptAt) {
        if (!ids.isEmpty()) {
            jdbc.update("UPDATE order_event_outbox SET attempts = attempts + 1, nacks = nacks + 1, last_error = ?,"
                    + " next_attempt_at = ? WHERE id IN (" + placeholders(ids.size()) + ")",
                    args(new Object[] {error(reason), nextAttemptAt}, ids));
        }
    }

    /** Refused once too often: parked with the reason, never claimed again until {@link #release}. */
    void park(Collection<Long> ids, String reason, LocalDateTime at) {
        if (!ids.isEmpty()) {
            jdbc.update("UPDATE order_event_outbox SET attempts = attempts + 1, nacks = nacks + 1, last_error = ?,"
                    + " next_attempt_at = NULL, parked_at = ? WHERE id IN (" + placeholders(ids.size()) + ")",
                    args(new Object[] {error(reason), at}, ids));
        }
    }

    /**
     * Parked events, by the unpublished prefix of the {@code (published_at, id)} index (parked rows are unpublished),
     * so the count never scans the published history.
     */
    Parked parked() {
        List<Object[]> reasons = jdbc.query("SELECT last_error, COUNT(*), MIN(parked_at) FROM order_event_outbox"
                        + " WHERE published_at IS NULL AND parked_at IS NOT NULL GROUP BY last_error ORDER BY 2 DESC",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDateTime.class)});
        Map<String, Integer> byReason = new LinkedHashMap<>();
        LocalDateTime oldest = null;
        for (Object[] row : reasons) {
            byReason.put(String.valueOf(row[0]), (Integer) row[1]);
            LocalDateTime at = (LocalDateTime) row[2];
            oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
        }
        return new Parked(byReason.values().stream().mapToInt(Integer::intValue).sum(), oldest, byReason);
    }

    /**
     * Releases parked events (all of them, or those with the given event ids): due now, nack count reset, so the
     * next publish run sends them and a refusal starts a fresh back-off. Returns how many were released.
     */
    int release(List<String> eventIds) {
        String where = " WHERE published_at IS NULL AND parked_at IS NOT NULL";
        String set = "UPDATE order_event_outbox SET parked_at = NULL, next_attempt_at = NULL, nacks = 0";
        if (eventIds == null || eventIds.isEmpty()) {
            return jdbc.update(set + where);
        }
        return jdbc.update(set + where + " AND event_id IN (" + placeholders(eventIds.size()) + ")",
                eventIds.toArray());
    }

    /**
     * Deletes up to {@code limit} events published before {@code cutoff} (a range of the {@code (published_at, id)}
     * index), returning how many. Unpublished and parked rows are never deleted. No {@code ORDER BY}: every row in
     * the range goes, in any order, and H2 accepts {@code LIMIT} in a {@code DELETE} only without it.
     */
    int prunePublishedBefore(LocalDateTime cutoff, int limit) {
        return jdbc.update("DELETE FROM order_event_outbox WHERE published_at IS NOT NULL AND published_at < ?"
                + " LIMIT ?", cutoff, limit);
    }

    /**
     * Unpublished rows that are not parked and the creation time of the oldest (by id: the index's order), or
     * {@code null} if none.
     */
    Backlog backlog() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM order_event_outbox WHERE published_at IS NULL"
                + " AND parked_at IS NULL", Integer.class);
        List<LocalDateTime> oldest = jdbc.query("SELECT created_at FROM order_event_outbox WHERE published_at IS NULL"
                + " AND parked_at IS NULL ORDER BY id LIMIT 1", (rs, i) -> rs.getObject(1, LocalDateTime.class));
        return new Backlog(count == null ? 0 : count, oldest.isEmpty() ? null : oldest.get(0));
    }

    record Backlog(int unpublished, LocalDateTime oldestCreatedAt) {
    }

    /** Parked events: how many, since when (GMT+8 wall clock, {@code null} if none), how many per reason. */
    record Parked(int count, LocalDateTime oldestParkedAt, Map<String, Integer> byReason) {
    }

    private static String error(String reason) {
        return reason.length() > 512 ? reason.substring(0, 512) : reason;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Object[] args(Object first, Collection<Long> ids) {
        return args(new Object[] {first}, ids);
    }

    private static Object[] args(Object[] first, Collection<Long> ids) {
        Object[] args = new Object[ids.size() + first.length];
        System.arraycopy(first, 0, args, 0, first.length);
        int i = first.length;
        for (Long id : ids) {
            args[i++] = id;
        }
        return args;
    }
}
