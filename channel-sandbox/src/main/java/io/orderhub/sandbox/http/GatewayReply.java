package io.orderhub.sandbox.http;

import tools.jackson.databind.JsonNode;

/** The platform's answer before transport faults: HTTP status and the JSON body, written out by the dispatcher. */
public record GatewayReply(int httpStatus, JsonNode json) {
    public static GatewayReply ok(JsonNode json) {
        return new GatewayReply(200, json);
    }
}
