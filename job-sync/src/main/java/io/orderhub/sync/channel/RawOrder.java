package io.orderhub.sync.channel;

import tools.jackson.databind.JsonNode;

/**
 * One order exactly as the platform sent it (its JSON object), with the id when it could be read, so a failure
 * can be quarantined raw and found again.
 */
public record RawOrder(String platformOrderId, JsonNode json) {

    public String body() {
        return json.toString();
    }
}
