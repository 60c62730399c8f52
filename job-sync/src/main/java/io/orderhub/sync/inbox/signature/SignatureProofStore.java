package io.orderhub.sync.inbox.signature;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.taobao.TaobaoSigner.Method;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Tables {@code signature_proof} (what each probe found, for audit) and {@code signature_method_change} (every
 * change of a shop's callback algorithm the suite made), and the reads of {@code inbox_message} a probe needs.
 */
@Component
public class SignatureProofStore {

    private static final String HELD_PUSHES = "FROM inbox_message WHERE source = 'TAOBAO_PUSH' AND state = 'HELD' "
            + "AND reason = 'SIGNATURE_MISMATCH'";

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public SignatureProofStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A held push as read for a probe: the stored body is verified again. */
    public record HeldPush(long inboxId, String messageId, LocalDateTime receivedAt, String body) {
    }

    /** A recorded change of a shop's callback algorithm. */
    public record MethodChange(long id, String fromMethod, String toMethod, String changedBy, LocalDateTime changedAt) {

        public boolean byOperator() {
            return !changedBy.startsWith(SignatureAdoption.AUTO);
        }
    }

    /** Shops of {@code channel} with pushes held SIGNATURE_MISMATCH, in a stable order. */
    public List<String> shopsWithHeldPushes(Channel channel) {
        return jdbc.queryForList("SELECT DISTINCT shop_id " + HELD_PUSHES + " AND channel = ? ORDER BY shop_id",
                String.class, channel.name());
    }

    public int countHeld(Channel channel, String shopId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) " + HELD_PUSHES + " AND channel = ? AND shop_id = ?",
                Integer.class, channel.name(), shopId);
        return n == null ? 0 : n;
    }

    /**
     * Up to {@code limit} held pushes with distinct sender message ids, newest first (a retried message counts
     * once). Reads a bounded window of rows ({@code ix_inbox_shop}), at most four copies per message.
     */
    public List<HeldPush> heldSample(Channel channel, String shopId, int limit) {
        Map<String, HeldPush> distinct = new LinkedHashMap<>();
        jdbc.query("SELECT id, message_id, received_at, body " + HELD_PUSHES + " AND channel = ? AND shop_id = ? "
                + "ORDER BY received_at DESC, id DESC LIMIT ?", rs -> {
                    String messageId = rs.getString(2);
                    if (messageId != null && distinct.size() < limit) {
                        distinct.putIfAbsent(messageId, new HeldPush(rs.getLong(1), messageId,
                                rs.getObject(3, LocalDateTime.class), rs.getString(4)));
                    }
                }, channel.name(), shopId, limit * 4);
        return new ArrayList<>(distinct.values());
    }

    /**
     * Stores what a probe found; returns the proof id. The shop's open proof with the same verdict (outcome,
     * candidate, configured method) is brought up to date instead of adding a row every minute of an episode.
     */
    public long saveProof(Channel channel, String shopId, SignatureEvidence evidence, ProbeOutcome outcome,
            LocalDateTime at) {
        var candidate = evidence.candidate();
        ArrayNode messages = json.createArrayNode();
        for (SampledPush push : evidence.sample()) {
            messages.addObject().put("inbox", push.inboxId()).put("message", push.messageId())
                    .put("receivedAt", push.receivedAt().toString())
                    .put("verifiesUnder", push.verifiesUnder().isEmpty() ? "none"
                            : push.verifiesUnder().stream().map(Method::wireName).sorted().toList().toString());
        }
        String candidateName = candidate.map(Method::wireName).orElse(null);
        Object[] figures = {evidence.sample().size(), candidate.map(evidence::verifiedUnder).orElse(0),
                evidence.verifiedUnderNone(), candidate.flatMap(evidence::firstUnder).orElse(null),
                candidate.flatMap(evidence::lastUnder).orElse(null), json.writeValueAsString(messages), at};
        List<Long> open = jdbc.queryForList("SELECT id FROM signature_proof WHERE channel = ? AND shop_id = ? "
                + "AND resolved_at IS NULL AND outcome = ? AND configured_method = ? AND "
                + "COALESCE(candidate_method, '-') = ? ORDER BY id DESC LIMIT 1", Long.class, channel.name(), shopId,
                outcome.name(), evidence.configured().wireName(), candidateName == null ? "-" : candidateName);
        if (!open.isEmpty()) {
            List<Object> args = new ArrayList<>(Arrays.asList(figures));
            args.add(open.get(0));
            jdbc.update("UPDATE signature_proof SET sampled = ?, verified_candidate = ?, verified_neither = ?, "
                    + "first_received_at = ?, last_received_at = ?, messages = ?, probed_at = ? WHERE id = ?",
                    args.toArray());
            return open.get(0);
        }
        List<Object> args = new ArrayList<>(List.of(channel.name(), shopId, evidence.configured().wireName()));
        args.add(candidateName);
        args.add(outcome.name());
        args.addAll(Arrays.asList(figures));
        args.add(at);
        return insert("INSERT INTO signature_proof (channel, shop_id, configured_method, candidate_method, outcome, "
                + "sampled, verified_candidate, verified_neither, first_received_at, last_received_at, messages, "
                + "probed_at, first_probed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args.toArray());
    }

    /** The newest proof of the shop whose candidate is {@code method}, to link an operator's adoption to it. */
    public Optional<Long> latestProofOf(Channel channel, String shopId, String method) {
        return jdbc.queryForList("SELECT id FROM signature_proof WHERE channel = ? AND shop_id = ? "
                + "AND candidate_method = ? ORDER BY id DESC LIMIT 1", Long.class, channel.name(), shopId, method)
                .stream().findFirst();
    }

    /** Shops of {@code channel} with an open proof (an alert that has not been resolved yet). */
    public List<String> shopsWithOpenProofs(Channel channel) {
        return jdbc.queryForList("SELECT DISTINCT shop_id FROM signature_proof WHERE channel = ? AND resolved_at IS NULL "
                + "ORDER BY shop_id", String.class, channel.name());
    }

    /** Closes the shop's open proofs; how many. */
    public int resolveProofs(Channel channel, String shopId, LocalDateTime at) {
        return jdbc.update("UPDATE signature_proof SET resolved_at = ? WHERE channel = ? AND shop_id = ? "
                + "AND resolved_at IS NULL", at, channel.name(), shopId);
    }

    /** Audits a change of a shop's callback algorithm; returns the change id. */
    public long recordChange(Channel channel, String shopId, String from, String to, String changedBy, Long proofId,
            LocalDateTime at) {
        return insert("INSERT INTO signature_method_change (channel, shop_id, from_method, to_method, changed_by, "
                + "changed_at, proof_id) VALUES (?, ?, ?, ?, ?, ?, ?)", channel.name(), shopId, from, to, changedBy,
                at, proofId);
    }

    /** The figures of the replay that followed a change. */
    public void recordReplay(long changeId, int held, int replayed, int applied, int duplicates) {
        jdbc.update("UPDATE signature_method_change SET held = ?, replayed = ?, applied = ?, duplicates = ? "
                + "WHERE id = ?", held, replayed, applied, duplicates, changeId);
    }

    public Optional<MethodChange> latestChange(Channel channel, String shopId) {
        return jdbc.query("SELECT id, from_method, to_method, changed_by, changed_at FROM signature_method_change "
                + "WHERE channel = ? AND shop_id = ? ORDER BY id DESC LIMIT 1", (rs, i) -> new MethodChange(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class)), channel.name(), shopId).stream().findFirst();
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            new ArgumentPreparedStatementSetter(args).setValues(statement);
            return statement;
        }, key);
        return key.getKey().longValue();
    }
}
