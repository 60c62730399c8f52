package io.orderhub.sandbox.http;

/** The platform's answer before transport faults: HTTP status and JSON text. */
public record GatewayReply(int httpStatus, String json) {
    public static GatewayReply ok(String json) {
        return new GatewayReply(200, json);
    }
}
