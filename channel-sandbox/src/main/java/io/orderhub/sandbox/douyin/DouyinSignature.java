package io.orderhub.sandbox.douyin;

import io.orderhub.sandbox.http.SignatureDigest;

/**
 * 抖店 signature: {@code secret + "app_key"+app_key + "method"+method + "param_json"+param_json +
 * "timestamp"+timestamp + "v"+v + secret}, HMAC-SHA256 keyed with the secret (or plain MD5), lowercase hex.
 * {@code access_token} and {@code sign_method} are not signed; {@code param_json} is the body exactly as received.
 */
public final class DouyinSignature {
    private DouyinSignature() {
    }

    public static String sign(String appKey, String method, String paramJson, String timestamp, String v,
                              String signMethod, String secret) {
        String text = secret + "app_key" + appKey + "method" + method + "param_json" + paramJson + "timestamp"
                + timestamp + "v" + v + secret;
        return switch (signMethod) {
            case "hmac-sha256" -> SignatureDigest.hmacSha256(secret, text);
            case "md5" -> SignatureDigest.md5(text);
            default -> null;
        };
    }
}
