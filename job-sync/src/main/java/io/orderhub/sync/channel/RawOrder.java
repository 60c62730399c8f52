package io.orderhub.sync.channel;

import io.orderhub.common.order.Channel;
import io.orderhub.common.quarantine.QuarantinedPayload;
import tools.jackson.databind.JsonNode;

/**
 * One order exactly as the platform sent it (its JSON object), with the id when it could be read, so a failure
 * can be quarantined raw and found again.
 */
public record RawOrder(String platformOrderId, JsonNode json) {

    /** {@code raw_payload.kind} of a quarantined order: the kind {@code quarantineReplay} maps again. */
    public static final String QUARANTINE_KIND = "ORDER";

    public String body() {
        return json.toString();
    }

    /**
     * This order as a quarantined payload of a shop: its raw body with the reason and failing field of the mapping
     * failure. The one form every path (pull, push, re-fetch) keeps an unmappable order in, so a replay can map it
     * again after the fix.
     */
    public QuarantinedPayload quarantined(Channel channel, String shopId, MappingFailure failure) {
        return new QuarantinedPayload(channel, shopId, QUARANTINE_KIND, platformOrderId, body(), failure.reason(),
                failure.field(), failure.getMessage());
    }
}
