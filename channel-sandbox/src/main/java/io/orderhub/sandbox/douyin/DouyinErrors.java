package io.orderhub.sandbox.douyin;

import io.orderhub.sandbox.http.ApiRejection;
import io.orderhub.sandbox.http.GatewayReply;
import io.orderhub.sandbox.http.SandboxJson;
import tools.jackson.databind.node.ObjectNode;

/** 抖店 errors by {@code code}: 40003 platform parameter, 40004 business parameter, 60000 rate limited. */
final class DouyinErrors {
    private DouyinErrors() {
    }

    static GatewayReply render(ApiRejection r, String logId) {
        return switch (r.reason()) {
            case INVALID_SIGNATURE, MISSING_SIGNATURE -> body(40003, "isv.signature-invalid", "签名校验失败", logId);
            case INVALID_TOKEN, MISSING_TOKEN -> body(40003, "isv.access-token-invalid", "access_token不存在", logId);
            case TOKEN_EXPIRED -> body(40003, "isv.access-token-expired", "access_token已过期", logId);
            case INVALID_TIMESTAMP, MISSING_TIMESTAMP -> body(40003, "isv.timestamp-invalid", "timestamp已过期", logId);
            case INVALID_APP_KEY, MISSING_APP_KEY -> body(40003, "isv.app-key-invalid", "app_key不存在", logId);
            case INVALID_METHOD, MISSING_METHOD -> body(40003, "isv.method-invalid", "method不存在", logId);
            case MISSING_ARGUMENT, INVALID_ARGUMENT, NOT_FOUND -> body(40004, "isv.parameter-invalid:" + r.detail(),
                    "参数错误:" + r.detail(), logId);
            case RATE_LIMITED, APP_BANNED -> body(60000, "isv.frequency-limited", "请求频率超过限制", logId);
            case SERVICE_UNAVAILABLE -> body(20000, "isp.service-unavailable", "服务暂不可用", logId);
        };
    }

    private static GatewayReply body(int code, String subCode, String subMsg, String logId) {
        ObjectNode root = SandboxJson.object();
        root.put("code", code);
        root.put("msg", switch (code) {
            case 60000 -> "请求过于频繁";
            case 40004 -> "业务参数错误";
            case 20000 -> "服务不可用";
            default -> "平台参数错误";
        });
        root.put("sub_code", subCode);
        root.put("sub_msg", subMsg);
        root.put("log_id", logId);
        root.putNull("data");
        return GatewayReply.ok(root);
    }
}
