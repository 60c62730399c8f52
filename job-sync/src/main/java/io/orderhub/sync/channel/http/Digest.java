package io.orderhub.sync.channel.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The digests platform signatures are made of, as hex text. UTF-8 throughout, as all four platforms specify. */
public enum Digest {
    MD5("MD5", null),
    HMAC_MD5(null, "HmacMD5"),
    HMAC_SHA256(null, "HmacSHA256");

    private final String digestAlgorithm;
    private final String macAlgorithm;

    Digest(String digestAlgorithm, String macAlgorithm) {
        this.digestAlgorithm = digestAlgorithm;
        this.macAlgorithm = macAlgorithm;
    }

    /** Hex of the digest of {@code message}; HMACs are keyed with {@code secret}, plain MD5 ignores it. */
    public String hex(String secret, String message) {
        byte[] data = message.getBytes(StandardCharsets.UTF_8);
        try {
            if (macAlgorithm == null) {
                return HexFormat.of().formatHex(MessageDigest.getInstance(digestAlgorithm).digest(data));
            }
            Mac mac = Mac.getInstance(macAlgorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), macAlgorithm));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name() + " is required by every Java runtime", e);
        }
    }
}
