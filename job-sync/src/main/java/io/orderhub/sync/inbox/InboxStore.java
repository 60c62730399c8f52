package io.orderhub.sync.inbox;

import io.orderhub.common.order.Channel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Table {@code inbox_message}: every received message, stored before it is answered. A verified message claims
 * its de-duplication key (source, addressee, sender's message id); a held one never does, so a forged message can
 * not shadow the genuine one, and a verified copy that arrives twice is stored as {@link InboxState#DUPLICATE}.
 */
@Component
public class InboxStore {

    static final int DETAIL_MAX = 500;
    /** {@code inbox_message.shop_id} and {@code .gateway} are VARCHAR(64). */
    static final int ADDRESSEE_MAX = 64;
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, source, channel, shop_id, gateway, message_id, received_at, headers, "
            + "body, state, reason, attempts";
    /** SQL naming the order-number prefix of the row's channel, taken from {@link Channel#orderNo} (NULL if none). */
    private static final String ORDER_NO_PREFIX = Arrays.stream(Channel.values())
            .map(c -> "WHEN '" + c.name() + "' THEN '" + c.orderNo("") + "'")
            .collect(Collectors.joining(" ", "CASE inbox_message.channel ", " END"));

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final RowMapper<InboxRow> rows = this::row;

    public InboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a message with its verdict; returns the row id and the state it got. */
    public Stored store(InboundMessage message, Verdict verdict) {
        if (!verdict.verified()) {
            return new Stored(insert(message, verdict, InboxState.HELD, null, verdict.reason(), verdict.detail()),
                    InboxState.HELD);
        }
        try {
            return new Stored(insert(message, verdict, InboxState.VERIFIED, dedupeKey(message.source(), verdict),
                    null, null), InboxState.VERIFIED);
        } catch (DuplicateKeyException duplicate) {
            return new Stored(insert(message, verdict, InboxState.DUPLICATE, null, InboxReason.REPLAYED,
                    "a verified copy of message " + verdict.messageId() + " is already stored"), InboxState.DUPLICATE);
        }
    }

    public record Stored(long id, InboxState state) {
    }

    /** Verified messages due for an attempt, oldest first, locked for this transaction (others skip them). */
    public List<InboxRow> lockDue(LocalDateTime now, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM inbox_message WHERE state = 'VERIFIED' "
                + "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                rows, now, limit);
    }

    /**
     * Ids of verified messages due for an attempt, oldest first, without locking them: the drain's one-by-one
     * fallback locks each in its own transaction ({@link #lockDue(long, LocalDateTime)}).
     */
    public List<Long> dueIds(LocalDateTime now, int limit) {
        return jdbc.queryForList("SELECT id FROM inbox_message WHERE state = 'VERIFIED' "
                + "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?", Long.class,
                now, limit);
    }

    /** One message if it is still verified and due and no other drain holds it, locked for this transaction. */
    public Optional<InboxRow> lockDue(long id, LocalDateTime now) {
        return jdbc.query("SELECT " + COLUMNS + " FROM inbox_message WHERE id = ? AND state = 'VERIFIED' "
                + "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) FOR UPDATE SKIP LOCKED",
                rows, id, now).stream().findFirst();
    }

    /** Held or dead-lettered messages matching a replay filter, after {@code afterId}, locked for this transaction. */
    public List<InboxRow> lockReplayable(InboxFilter filter, long afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM inbox_message WHERE id > ?");
        List<Object> args = new ArrayList<>(List.of(afterId));
        in(sql, args, "state", filter.states().stream().map(Enum::name).toList());
        in(sql, args, "source", filter.sources().stream().map(Enum::name).toList());
        in(sql, args, "channel", filter.channels().stream().map(Enum::name).toList());
        in(sql, args, "shop_id", filter.shops());
        in(sql, args, "reason", filter.reasons());
        if (filter.from() != null) {
            sql.append(" AND received_at >= ?");
            args.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND received_at < ?");
            args.add(filter.to());
        }
        sql.append(" ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED");
        args.add(limit);
        return jdbc.query(sql.toString(), rows, args.toArray());
    }

    /**
     * Marks held or dead messages verified again after a configuration fix: each claims its de-duplication key, or
     * becomes {@link InboxState#DUPLICATE} when another row holds it. One batch when no key collides (the usual
     * case), message by message otherwise. Returns the rows' new states by id.
     */
    public Map<Long, InboxState> reverified(List<Recheck> rows) {
        Map<Long, InboxState> states = new HashMap<>();
        if (rows.isEmpty()) {
            return states;
        }
        try {
            jdbc.batchUpdate(REVERIFY, rows.stream().map(InboxStore::reverifyArgs).toList());
            rows.forEach(r -> states.put(r.row().id(), InboxState.VERIFIED));
            return states;
        } catch (DuplicateKeyException collision) {
            // Some key is held by another row: redo one by one (a row re-claiming its own key does not collide).
        }
        for (Recheck r : rows) {
            try {
                jdbc.update(REVERIFY, reverifyArgs(r));
                states.put(r.row().id(), InboxState.VERIFIED);
            } catch (DuplicateKeyException duplicate) {
                jdbc.update("UPDATE inbox_message SET state = 'DUPLICATE', reason = 'REPLAYED', reason_detail = ? WHERE id = ?",
                        "a verified copy of message " + r.verdict().messageId() + " is already stored", r.row().id());
                states.put(r.row().id(), InboxState.DUPLICATE);
            }
        }
        return states;
    }

    /** Re-verification failed again: each row keeps HELD with its (possibly new) reason; one batch. */
    public void stillHeld(List<Recheck> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE inbox_message SET state = 'HELD', reason = ?, reason_detail = ? WHERE id = ?",
                rows.stream().map(r -> new Object[] {r.verdict().reason().name(), truncate(r.verdict().detail()),
                        r.row().id()}).toList());
    }

    /** A stored message and the verdict of verifying it again. */
    public record Recheck(InboxRow row, Verdict verdict) {
    }

    private static final String REVERIFY = "UPDATE inbox_message SET state = 'VERIFIED', dedupe_key = ?, reason = NULL, "
            + "reason_detail = NULL, sign_method = ?, legacy_accepted = ?, attempts = 0, next_attempt_at = NULL WHERE id = ?";

    private static Object[] reverifyArgs(Recheck r) {
        return new Object[] {dedupeKey(r.row().source(), r.verdict()), r.verdict().signMethod(),
                r.verdict().legacyAccepted(), r.row().id()};
    }

    public void applied(Collection<Long> ids, LocalDateTime at) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>(ids.size() + 1);
        args.add(at);
        args.addAll(ids);
        jdbc.update("UPDATE inbox_message SET state = 'APPLIED', attempts = attempts + 1, processed_at = ?, "
                + "reason = NULL, reason_detail = NULL, next_attempt_at = NULL WHERE id IN ("
                + "?,".repeat(ids.size() - 1) + "?)", args.toArray());
    }

    /** Parks a message until order {@code awaitsOrder} of its shop arrives, at the latest until {@code until}. */
    public void awaitOrder(long id, String awaitsOrder, String detail, LocalDateTime until, LocalDateTime at) {
        jdbc.update("UPDATE inbox_message SET state = 'VERIFIED', attempts = attempts + 1, reason = 'AWAITING_ORDER', "
                + "reason_detail = ?, awaits_order = ?, next_attempt_at = ?, processed_at = ? WHERE id = ?",
                truncate(detail), truncate(awaitsOrder, 64), until, at, id);
    }

    /**
     * Makes parked messages whose order has arrived since (by pull, push or replay) due now; returns how many.
     * One statement over the parked rows ({@code ix_inbox_state}), each probing {@code uk_unified_order_no} with
     * the awaited order's number ({@link Channel#orderNo}, built from {@link #ORDER_NO_PREFIX}).
     */
    public int wakeAwaitedOrders() {
        return jdbc.update("UPDATE inbox_message SET next_attempt_at = NULL WHERE state = 'VERIFIED' "
                + "AND reason = 'AWAITING_ORDER' AND next_attempt_at IS NOT NULL AND EXISTS (SELECT 1 FROM unified_order o "
                + "WHERE o.order_no = CONCAT(" + ORDER_NO_PREFIX + ", inbox_message.awaits_order) "
                + "AND o.shop_id = inbox_message.shop_id)");
    }


    /** A failed attempt: tried again at {@code retryAt}, or dead-lettered when {@code retryAt} is null. */
    public void failed(long id, InboxReason reason, String detail, LocalDateTime retryAt, LocalDateTime at) {
        jdbc.update("UPDATE inbox_message SET state = ?, attempts = attempts + 1, reason = ?, reason_detail = ?, "
                + "next_attempt_at = ?, processed_at = ? WHERE id = ?",
                retryAt == null ? InboxState.DEAD.name() : InboxState.VERIFIED.name(), reason.name(), truncate(detail),
                retryAt, at, id);
    }

    private long insert(InboundMessage message, Verdict verdict, InboxState state, String dedupeKey,
            InboxReason reason, String detail) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO inbox_message (source, channel, shop_id, gateway, "
                    + "message_id, dedupe_key, received_at, headers, body, state, reason, reason_detail, sign_method, "
                    + "legacy_accepted, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    new String[] {"id"});
            insert.setString(1, message.source().name());
            insert.setString(2, verdict.channel() == null ? null : verdict.channel().name());
            insert.setString(3, addressee(verdict.shopId()));
            insert.setString(4, addressee(verdict.gateway()));
            insert.setString(5, truncate(verdict.messageId(), 128));
            insert.setString(6, dedupeKey);
            insert.setObject(7, message.receivedAt());
            insert.setString(8, json.writeValueAsString(message.headers()));
            insert.setString(9, message.body());
            insert.setString(10, state.name());
            insert.setString(11, reason == null ? null : reason.name());
            insert.setString(12, truncate(detail));
            insert.setString(13, truncate(verdict.signMethod(), 24));
            insert.setBoolean(14, verdict.legacyAccepted());
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** Source, addressee and the sender's own id: retries of one message share it, different senders never do. */
    private static String dedupeKey(InboxSource source, Verdict verdict) {
        String addressee = verdict.gateway() != null ? verdict.gateway() : verdict.channel() + "/" + verdict.shopId();
        return truncate(source + ":" + addressee + ":" + verdict.messageId(), 200);
    }

    /**
     * A shop id or gateway name as its column holds it. Names come from the sender's URL, so one longer than the
     * column (which no configured shop or gateway can be) is stored cut to its beginning plus a hash of the whole,
     * keeping distinct names distinct, instead of failing the insert and answering the sender 5xx.
     */
    static String addressee(String name) {
        if (name == null || name.length() <= ADDRESSEE_MAX) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().formatHex(digest, 0, 8);
            return name.substring(0, ADDRESSEE_MAX - hash.length() - 1) + "~" + hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (").append("?,".repeat(values.size() - 1)).append("?)");
        args.addAll(values);
    }

    private InboxRow row(ResultSet rs, int rowNum) throws SQLException {
        String channel = rs.getString("channel");
        return new InboxRow(rs.getLong("id"), InboxSource.valueOf(rs.getString("source")),
                channel == null ? null : Channel.valueOf(channel), rs.getString("shop_id"), rs.getString("gateway"),
                rs.getString("message_id"), rs.getObject("received_at", LocalDateTime.class),
                json.readValue(rs.getString("headers"), HEADERS), rs.getString("body"),
                InboxState.valueOf(rs.getString("state")), rs.getString("reason"), rs.getInt("attempts"));
    }

    private static String truncate(String text) {
        return truncate(text, DETAIL_MAX);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
