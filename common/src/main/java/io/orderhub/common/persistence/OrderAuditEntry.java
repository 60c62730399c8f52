package io.orderhub.common.persistence;

import io.orderhub.common.order.Channel;
import java.time.LocalDateTime;

/**
 * One row of {@code order_audit}: an operator's action on an order, applied or refused, with its evidence.
 *
 * @param action       what was attempted, e.g. {@code MARK_PAID}
 * @param at           when (GMT+8 wall clock, milliseconds kept)
 * @param outcome      {@code APPLIED} or {@code REFUSED}
 * @param evidence     what the operator showed, as JSON text
 * @param statusBefore the order's status before, when known
 * @param statusAfter  the order's status after, when the action applied
 */
public record OrderAuditEntry(Channel channel, String shopId, String platformOrderId, String action, String operator,
        LocalDateTime at, String outcome, String reason, String evidence, String statusBefore, String statusAfter) {
}
