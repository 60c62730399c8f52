package io.orderhub.common.refetch;

import io.orderhub.common.order.Channel;

/**
 * One row of {@code refetch_request}.
 *
 * @param shopId             our shop of the order; null for an order we lack
 * @param state              OPEN, DONE or FAILED
 * @param outcome            WRITTEN, UNCHANGED, NOT_FOUND (DONE), FAILED or QUARANTINED (FAILED) once closed
 * @param channelStatus      the unified status the platform reported (DONE with the order found)
 * @param channelRefundState the unified refund state the platform reported (likewise)
 */
public record RefetchRequest(long id, String orderNo, Channel channel, String platformOrderId, String shopId,
        String requestedBy, Long findingId, String state, int attempts, String outcome, String channelStatus,
        String channelRefundState, boolean judged) {
}
