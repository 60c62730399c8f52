package io.orderhub.sandbox.pdd;

import io.orderhub.sandbox.http.SignatureDigest;
import java.util.Map;
import java.util.TreeMap;

/** PDD signature: MD5(client_secret + sorted name+value pairs (except sign) + client_secret), uppercase hex. */
public final class PddSignature {
    private PddSignature() {
    }

    public static String sign(Map<String, String> params, String clientSecret) {
        StringBuilder text = new StringBuilder(clientSecret);
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sign")) {
                text.append(name).append(value);
            }
        });
        return SignatureDigest.md5(text.append(clientSecret).toString()).toUpperCase();
    }
}
