package io.orderhub.monitor.feed;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@code apiChangeWatch} remembers between polls: per feed the validators for the conditional GET, its
 * health and the last page text ({@code feed_state}), and the items already seen ({@code feed_seen_item}).
 * A feed is polled by one run at a time (the job's route), so read-then-write is enough here.
 */
public class FeedStates {

    /** Page text is kept up to this many characters (MEDIUMTEXT holds 16 MB; pages are far smaller). */
    private static final int PAGE_TEXT_MAX = 1_000_000;
    private static final int IN_CHUNK = 500;

    /** A feed's row. Times are instants; the table holds GMT+8 wall clock like every other table. */
    public record State(String etag, String lastModified, Instant firstPolledAt, Instant lastSuccessAt,
            Instant lastNewItemAt, int consecutiveFailures, Instant failingSince, String lastError, String pageText) {
    }

    private final JdbcTemplate jdbc;

    public FeedStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The feed's state, created (first poll now) if it has none. */
    public State load(String feed, Instant now) {
        List<State> rows = jdbc.query("SELECT etag, last_modified, first_polled_at, last_success_at, last_new_item_at, "
                + "consecutive_failures, failing_since, last_error, page_text FROM feed_state WHERE feed_name = ?",
                FeedStates::state, feed);
        if (!rows.isEmpty()) {
            return rows.get(0);
        }
        jdbc.update("INSERT INTO feed_state (feed_name, first_polled_at, last_polled_at) VALUES (?, ?, ?)", feed,
                wall(now), wall(now));
        return new State(null, null, now, null, null, 0, null, null, null);
    }

    /** A poll that worked (200 or 304); {@code pageText} null leaves the stored text as it is. */
    public void succeeded(String feed, Instant now, String etag, String lastModified, boolean newItems,
            String pageText) {
        jdbc.update("UPDATE feed_state SET etag = ?, last_modified = ?, last_polled_at = ?, last_success_at = ?, "
                        + "last_new_item_at = CASE WHEN ? THEN ? ELSE last_new_item_at END, consecutive_failures = 0, "
                        + "failing_since = NULL, last_error = NULL, page_text = COALESCE(?, page_text) "
                        + "WHERE feed_name = ?", truncate(etag, 255), truncate(lastModified, 64), wall(now), wall(now),
                newItems, wall(now), truncate(pageText, PAGE_TEXT_MAX), feed);
    }

    public void failed(String feed, Instant now, String error) {
        jdbc.update("UPDATE feed_state SET last_polled_at = ?, consecutive_failures = consecutive_failures + 1, "
                + "failing_since = COALESCE(failing_since, ?), last_error = ? WHERE feed_name = ?", wall(now),
                wall(now), truncate(error, 512), feed);
    }

    /** The keys of {@code keys} this feed has seen before. */
    public Set<String> seen(String feed, Collection<String> keys) {
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            List<Object> args = new ArrayList<>();
            args.add(feed);
            args.addAll(chunk);
            seen.addAll(jdbc.queryForList("SELECT item_key FROM feed_seen_item WHERE feed_name = ? AND item_key IN ("
                    + marks + ")", String.class, args.toArray()));
        }
        return seen;
    }

    public void remember(String feed, Collection<String> keys, Set<String> matched, Instant now) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO feed_seen_item (feed_name, item_key, first_seen_at, matched) VALUES (?, ?, ?, ?)",
                keys.stream().map(k -> new Object[] {feed, k, wall(now), matched.contains(k)}).toList());
    }

    private static State state(ResultSet rs, int row) throws SQLException {
        return new State(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
                instant(rs, 5), rs.getInt(6), instant(rs, 7), rs.getString(8),
                rs.getString(9));
    }

    private static LocalDateTime wall(Instant instant) {
        return LocalDateTime.ofInstant(instant, OmsCommonAutoConfiguration.PLATFORM_ZONE);
    }

    /** Read as {@code LocalDateTime}, never {@code Timestamp}: that one passes through the JVM's zone (DST gaps). */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime wallClock = rs.getObject(column, LocalDateTime.class);
        return wallClock == null ? null : wallClock.atZone(OmsCommonAutoConfiguration.PLATFORM_ZONE).toInstant();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
