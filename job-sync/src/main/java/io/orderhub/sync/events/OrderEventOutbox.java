package io.orderhub.sync.events;

import io.orderhub.common.persistence.OrderEventPayload;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
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

    /** Locks and returns up to {@code limit} unpublished rows with {@code afterId < id <= upToId}, oldest first. */
    List<OutboxEvent> claim(long afterId, long upToId, int limit) {
        return jdbc.query("SELECT id, event_id, channel, status_after, payload, attempts, order_no, shop_id,"
                        + " platform_order_id, status_before, source, occurred_at, created_at FROM order_event_outbox"
                        + " WHERE published_at IS NULL AND id > ? AND id <= ? ORDER BY id LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED",
                (rs, i) -> {
                    String payload = rs.getString(5);
                    if (payload == null) { // the write path leaves the standard body to be rendered here
                        payload = OrderEventPayload.render(rs.getString(2), rs.getString(7), rs.getString(3),
                                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(4), rs.getString(11),
                                rs.getObject(12, LocalDateTime.class), rs.getObject(13, LocalDateTime.class));
                    }
                    return new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), payload,
                            rs.getInt(6));
                },
                afterId, upToId, limit);
    }

    void markPublished(Collection<Long> ids, LocalDateTime at) {
        if (!ids.isEmpty()) {
            jdbc.update("UPDATE order_event_outbox SET published_at = ?, attempts = attempts + 1, last_error = NULL"
                    + " WHERE id IN (" + placeholders(ids.size()) + ")", args(at, ids));
        }
    }

    void markFailed(Collection<Long> ids, String reason) {
        if (!ids.isEmpty()) {
            String error = reason.length() > 512 ? reason.substring(0, 512) : reason;
            jdbc.update("UPDATE order_event_outbox SET attempts = attempts + 1, last_error = ?"
                    + " WHERE id IN (" + placeholders(ids.size()) + ")", args(error, ids));
        }
    }

    /** Unpublished rows and the creation time of the oldest (by id: the index's order), or {@code null} if none. */
    Backlog backlog() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM order_event_outbox WHERE published_at IS NULL",
                Integer.class);
        List<LocalDateTime> oldest = jdbc.query("SELECT created_at FROM order_event_outbox WHERE published_at IS NULL"
                + " ORDER BY id LIMIT 1", (rs, i) -> rs.getObject(1, LocalDateTime.class));
        return new Backlog(count == null ? 0 : count, oldest.isEmpty() ? null : oldest.get(0));
    }

    record Backlog(int unpublished, LocalDateTime oldestCreatedAt) {
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Object[] args(Object first, Collection<Long> ids) {
        Object[] args = new Object[ids.size() + 1];
        args[0] = first;
        int i = 1;
        for (Long id : ids) {
            args[i++] = id;
        }
        return args;
    }
}
