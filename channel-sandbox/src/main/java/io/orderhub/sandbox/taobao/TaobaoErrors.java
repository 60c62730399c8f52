package io.orderhub.sandbox.taobao;

import io.orderhub.sandbox.http.ApiRejection;
import io.orderhub.sandbox.http.GatewayReply;
import io.orderhub.sandbox.http.SandboxJson;
import tools.jackson.databind.node.ObjectNode;

/** TOP {@code error_response} bodies, with TOP's codes (7, 21/22, 24/25, 26/27, 28/29, 30/31, 40/41, 15). */
final class TaobaoErrors {
    private TaobaoErrors() {
    }

    static GatewayReply render(ApiRejection r, String requestId) {
        ObjectNode error = SandboxJson.object();
        ObjectNode body = error.putObject("error_response");
        switch (r.reason()) {
            case RATE_LIMITED, APP_BANNED -> fill(body, 7, "App Call Limited",
                    "accesscontrol.limited-by-app-access-count",
                    "This ban will last for " + r.retryAfterSeconds() + " more seconds");
            case MISSING_METHOD -> fill(body, 21, "Missing method", null, null);
            case INVALID_METHOD -> fill(body, 22, "Invalid method", null, null);
            case MISSING_SIGNATURE -> fill(body, 24, "Missing signature", null, null);
            case INVALID_SIGNATURE -> fill(body, 25, "Invalid signature", null, null);
            case MISSING_TOKEN -> fill(body, 26, "Missing session", null, null);
            case INVALID_TOKEN -> fill(body, 27, "Invalid session", "invalid-sessionkey", "SessionKey非法");
            case TOKEN_EXPIRED -> fill(body, 27, "Invalid session", "session-expired", "SessionKey过期");
            case MISSING_APP_KEY -> fill(body, 28, "Missing app key", null, null);
            case INVALID_APP_KEY -> fill(body, 29, "Invalid app Key", null, null);
            case MISSING_TIMESTAMP -> fill(body, 30, "Missing timestamp", null, null);
            case INVALID_TIMESTAMP -> fill(body, 31, "Invalid timestamp", null, null);
            case MISSING_ARGUMENT -> fill(body, 40, "Missing required arguments:" + r.detail(),
                    "isv.missing-parameter:" + r.detail(), "缺少必选参数:" + r.detail());
            case INVALID_ARGUMENT -> fill(body, 41, "Invalid arguments:" + r.detail(),
                    "isv.invalid-parameter", r.detail());
            case NOT_FOUND -> fill(body, 15, "Remote service error", "isv.trade-not-exist", r.detail());
            case SERVICE_UNAVAILABLE -> fill(body, 50, "Remote service error", "isv.service-unavailable",
                    "服务不可用，请稍后重试");
        }
        body.put("request_id", requestId);
        return GatewayReply.ok(error);
    }

    private static void fill(ObjectNode body, int code, String msg, String subCode, String subMsg) {
        body.put("code", code);
        body.put("msg", msg);
        if (subCode != null) {
            body.put("sub_code", subCode);
            body.put("sub_msg", subMsg);
        }
    }
}
