package io.orderhub.sandbox.jd;

import io.orderhub.sandbox.http.SignatureDigest;
import java.util.Map;
import java.util.TreeMap;

/**
 * JOS signature: every parameter except {@code sign}, keys sorted by byte order, {@code secret + k1v1k2v2… + secret},
 * MD5, uppercase hex. For {@code sign_method=hmacsha256 / hmacmd5} the sandbox assumes the same wrapped text keyed
 * with the secret (channels.md does not spell the HMAC variants out).
 */
public final class JdSignature {
    private JdSignature() {
    }

    public static String sign(Map<String, String> params, String secret) {
        StringBuilder text = new StringBuilder(secret);
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sign")) {
                text.append(name).append(value);
            }
        });
        text.append(secret);
        String signMethod = params.get("sign_method");
        String hex;
        if (signMethod == null || signMethod.isEmpty() || signMethod.equalsIgnoreCase("md5")) {
            hex = SignatureDigest.md5(text.toString());
        } else if (signMethod.equals("hmacsha256")) {
            hex = SignatureDigest.hmacSha256(secret, text.toString());
        } else if (signMethod.equals("hmacmd5")) {
            hex = SignatureDigest.hmacMd5(secret, text.toString());
        } else {
            return null;
        }
        return hex.toUpperCase();
    }
}
