package io.orderhub.sandbox.pdd;

import io.orderhub.sandbox.http.ApiRejection;
import io.orderhub.sandbox.http.GatewayReply;
import io.orderhub.sandbox.http.SandboxJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * PDD {@code error_response}: 20004 signature, 10019 token, 52101 rate limited, 70031 app banned; 10000 parameters,
 * 10016 client id and 50000 service unavailable are the sandbox's picks.
 */
final class PddErrors {
    private PddErrors() {
    }

    static GatewayReply render(ApiRejection r, String requestId) {
        return switch (r.reason()) {
            case INVALID_SIGNATURE, MISSING_SIGNATURE -> body(20004, "签名错误", "20004", "签名错误", requestId);
            case INVALID_TOKEN, MISSING_TOKEN, TOKEN_EXPIRED -> body(10019, "access_token已过期", "10019",
                    "access_token已过期", requestId);
            case INVALID_APP_KEY, MISSING_APP_KEY -> body(10016, "client_id不存在", "10016", "client_id不存在",
                    requestId);
            case RATE_LIMITED -> body(52101, "当前接口您已被限流，请求过快", "52101", "请" + r.retryAfterSeconds()
                    + "秒后重试", requestId);
            case SERVICE_UNAVAILABLE -> body(50000, "系统内部错误", "50000", "服务暂不可用，请稍后重试", requestId);
            case APP_BANNED -> body(70031, "调用过于频繁，调用被拒绝", "70031", "应用已被封禁" + r.retryAfterSeconds()
                    + "秒", requestId);
            case INVALID_TIMESTAMP, MISSING_TIMESTAMP, MISSING_METHOD, INVALID_METHOD, MISSING_ARGUMENT,
                    INVALID_ARGUMENT, NOT_FOUND -> body(10000, "参数错误", "10000", r.reason() + ":" + r.detail(),
                    requestId);
        };
    }

    private static GatewayReply body(int code, String msg, String subCode, String subMsg, String requestId) {
        ObjectNode root = SandboxJson.object();
        root.putObject("error_response")
                .put("error_code", code)
                .put("error_msg", msg)
                .put("sub_code", subCode)
                .put("sub_msg", subMsg)
                .put("request_id", requestId);
        return GatewayReply.ok(root);
    }
}
