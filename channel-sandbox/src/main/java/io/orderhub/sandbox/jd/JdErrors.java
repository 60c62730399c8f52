package io.orderhub.sandbox.jd;

import io.orderhub.sandbox.http.ApiRejection;
import io.orderhub.sandbox.http.GatewayReply;
import io.orderhub.sandbox.http.SandboxJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * JOS gateway errors, {@code code} as a string. 12 invalid signature, 15 invalid method and 19 invalid token are
 * documented; the others (10 timestamp, 14 app key, 20 argument, 66 service unavailable) are the sandbox's picks. Rate limiting uses code "67", a code the documentation does not
 * list, because JD publishes none: adapters must treat unknown codes as retryable.
 */
final class JdErrors {
    static final String RATE_LIMIT_CODE = "67";

    private JdErrors() {
    }

    static GatewayReply render(ApiRejection r) {
        ObjectNode root = SandboxJson.object();
        ObjectNode body = root.putObject("error_response");
        switch (r.reason()) {
            case INVALID_SIGNATURE, MISSING_SIGNATURE -> fill(body, "12", "无效签名", "Invalid signature");
            case INVALID_METHOD, MISSING_METHOD -> fill(body, "15", "无效方法", "Invalid method");
            case INVALID_TOKEN, MISSING_TOKEN -> fill(body, "19", "无效access_token", "Invalid access_token");
            case TOKEN_EXPIRED -> fill(body, "19", "access_token已过期", "Invalid access_token: expired");
            case INVALID_APP_KEY, MISSING_APP_KEY -> fill(body, "14", "无效的app_key", "Invalid app_key");
            case INVALID_TIMESTAMP, MISSING_TIMESTAMP -> fill(body, "10", "时间戳错误", "Invalid timestamp");
            case RATE_LIMITED, APP_BANNED -> fill(body, RATE_LIMIT_CODE, "调用次数超过限制,请" + r.retryAfterSeconds()
                    + "秒后重试", "Call frequency limit exceeded");
            case MISSING_ARGUMENT, INVALID_ARGUMENT, NOT_FOUND -> fill(body, "20", "参数错误:" + r.detail(),
                    "Invalid parameter: " + r.detail());
            case SERVICE_UNAVAILABLE -> fill(body, "66", "服务不可用", "Service unavailable");
        }
        return GatewayReply.ok(root);
    }

    private static void fill(ObjectNode body, String code, String zh, String en) {
        body.put("code", code);
        body.put("zh_desc", zh);
        body.put("en_desc", en);
    }
}
