package io.orderhub.common.quarantine;

import io.orderhub.common.order.Channel;
import java.util.Objects;

/**
 * A payload that could not be processed, kept raw with the reason, the failing field and a detail text, so a
 * fix can be followed by a replay. Nothing is lost: the body is stored exactly as received.
 *
 * @param kind             what the payload is, e.g. {@code ORDER} for one order of a pulled page
 * @param platformOrderId  when it could still be read, so an operator can find the order
 */
public record QuarantinedPayload(
        Channel channel,
        String shopId,
        String kind,
        String platformOrderId,
        String body,
        QuarantineReason reason,
        String failingField,
        String detail) {

    public QuarantinedPayload {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(reason, "reason");
    }
}
