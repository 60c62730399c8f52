package io.orderhub.common.refetch;

import io.orderhub.common.order.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Table {@code refetch_request}: the hand-over through the database from the consistency repairs (job-monitor,
 * no channel adapters) to the {@code orderRefetch} handler (job-sync). The database keeps one OPEN request per order
 * (unique {@code open_key}); a request is closed DONE with the outcome and what the platform said, or FAILED after
 * {@value #MAX_ATTEMPTS} attempts (at once when retrying cannot help; outcome QUARANTINED when the platform's payload
 * did not map and was kept for a replay).
 */
public class RefetchRequests {

    public static final int MAX_ATTEMPTS = 3;

    private static final String COLUMNS = "id, order_no, channel, platform_order_id, shop_id, requested_by,"
            + " finding_id, state, attempts, outcome, channel_status, channel_refund_state, judged_at";

    private final JdbcTemplate jdbc;

    public RefetchRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Asks for an order to be read again from its platform.
     *
     * @return false when the order already has an open request (nothing is added)
     */
    public boolean request(Channel channel, String platformOrderId, String shopId, String requestedBy, String reason,
            Long findingId, LocalDateTime at) {
        String orderNo = channel.orderNo(platformOrderId);
        try {
            jdbc.update("INSERT INTO refetch_request (open_key, order_no, channel, platform_order_id, shop_id,"
                    + " requested_by, reason, finding_id, state, attempts, requested_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0, ?)", orderNo, orderNo, channel.name(),
                    platformOrderId, shopId, requestedBy, reason.length() > 255 ? reason.substring(0, 255) : reason,
                    findingId, at);
            return true;
        } catch (DuplicateKeyException alreadyOpen) {
            return false;
        }
    }

    /** The open requests, oldest first, at most {@code limit}. */
    public List<RefetchRequest> open(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM refetch_request WHERE state = 'OPEN' ORDER BY id"
                + " LIMIT ?", RefetchRequests::row, limit);
    }

    /** The newest request a finding asked for, if any. */
    public Optional<RefetchRequest> ofFinding(long findingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM refetch_request WHERE finding_id = ? ORDER BY id DESC"
                + " LIMIT 1", RefetchRequests::row, findingId).stream().findFirst();
    }

    /**
     * Closes an open request as DONE with what the platform said ({@code channelStatus}/{@code channelRefundState}
     * null when it did not find the order). A request closed meanwhile (another drain) is left alone.
     */
    public boolean done(long id, String outcome, String detail, String channelStatus, String channelRefundState,
            LocalDateTime at) {
        return jdbc.update("UPDATE refetch_request SET state = 'DONE', open_key = NULL, outcome = ?,"
                + " outcome_detail = ?, channel_status = ?, channel_refund_state = ?, done_at = ?,"
                + " attempts = attempts + 1"
                + " WHERE id = ? AND state = 'OPEN'", outcome, cut(detail), channelStatus, channelRefundState, at,
                id) == 1;
    }

    /**
     * Counts a failed attempt. A retryable failure leaves the request OPEN for the next run until its
     * {@value #MAX_ATTEMPTS}th attempt; that one, or a failure that will not pass by retrying, closes it as FAILED
     * with the reason.
     *
     * @return whether the request is now closed as FAILED
     */
    public boolean failed(long id, String reason, boolean retryable, LocalDateTime at) {
        jdbc.update("UPDATE refetch_request SET attempts = attempts + 1, outcome_detail = ? WHERE id = ?"
                + " AND state = 'OPEN'", cut(reason), id);
        return jdbc.update("UPDATE refetch_request SET state = 'FAILED', open_key = NULL, outcome = 'FAILED',"
                + " done_at = ? WHERE id = ? AND state = 'OPEN' AND (attempts >= ? OR ?)", at, id, MAX_ATTEMPTS,
                !retryable) == 1;
    }

    /**
     * Closes an open request as FAILED with outcome QUARANTINED: the platform answered with a payload that does not
     * map, kept raw as {@code raw_payload} row {@code rawPayloadId}; the detail names that row first, then the reason.
     * A replay after the fix writes the order; the request is not retried. A request closed meanwhile is left alone.
     */
    public boolean quarantined(long id, long rawPayloadId, String reason, LocalDateTime at) {
        return jdbc.update("UPDATE refetch_request SET state = 'FAILED', open_key = NULL, outcome = 'QUARANTINED',"
                + " outcome_detail = ?, done_at = ?, attempts = attempts + 1 WHERE id = ? AND state = 'OPEN'",
                cut("raw_payload " + rawPayloadId + ": " + reason), at, id) == 1;
    }

    /** Records that the requesting repair acted on the request's outcome (it is not judged twice). */
    public void judged(long id, LocalDateTime at) {
        jdbc.update("UPDATE refetch_request SET judged_at = ? WHERE id = ?", at, id);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 255 ? text : text.substring(0, 255);
    }

    private static RefetchRequest row(ResultSet rs, int n) throws SQLException {
        long finding = rs.getLong("finding_id");
        return new RefetchRequest(rs.getLong("id"), rs.getString("order_no"), Channel.valueOf(rs.getString("channel")),
                rs.getString("platform_order_id"), rs.getString("shop_id"), rs.getString("requested_by"),
                rs.wasNull() ? null : finding, rs.getString("state"), rs.getInt("attempts"), rs.getString("outcome"),
                rs.getString("channel_status"), rs.getString("channel_refund_state"),
                rs.getObject("judged_at") != null);
    }
}
