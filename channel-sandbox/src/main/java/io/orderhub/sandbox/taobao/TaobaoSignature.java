package io.orderhub.sandbox.taobao;

import io.orderhub.sandbox.http.SignatureDigest;
import java.util.Map;
import java.util.TreeMap;

/**
 * TOP signature: all parameters except {@code sign} sorted by name, concatenated as name+value; {@code md5} =
 * MD5(secret + s + secret), {@code hmac} = HMAC-MD5(secret, s), {@code hmac-sha256} = HMAC-SHA256(secret, s);
 * uppercase hex.
 */
public final class TaobaoSignature {
    private TaobaoSignature() {
    }

    /** The expected sign, or null for an unknown sign_method. */
    public static String sign(Map<String, String> params, String signMethod, String secret) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sign")) {
                text.append(name).append(value);
            }
        });
        String hex = switch (signMethod) {
            case "md5" -> SignatureDigest.md5(secret + text + secret);
            case "hmac" -> SignatureDigest.hmacMd5(secret, text.toString());
            case "hmac-sha256" -> SignatureDigest.hmacSha256(secret, text.toString());
            default -> null;
        };
        return hex == null ? null : hex.toUpperCase();
    }
}
