package io.orderhub.sandbox.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RSA-2048 keys and SHA256withRSA, the one signature scheme of Alipay (RSA2) and WeChat Pay v3; keys travel as PEM
 * ({@code PUBLIC KEY} = X.509 SubjectPublicKeyInfo, {@code PRIVATE KEY} = PKCS#8), the form both platforms' consoles
 * hand out. The sandbox's own code: nothing here is shared with the receiver in job-sync.
 */
public final class RsaKeys {
    private RsaKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JRE", e);
        }
    }

    /** Base64 SHA256withRSA signature of the UTF-8 bytes of {@code text}. */
    public static String sign(PrivateKey key, String text) {
        return sign(key, text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sign(PrivateKey key, byte[] bytes) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(bytes);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with SHA256withRSA", e);
        }
    }

    /** False for a wrong signature and for anything that is not Base64 or not a signature at all. */
    public static boolean verify(PublicKey key, String text, String base64Signature) {
        if (key == null || base64Signature == null || base64Signature.isEmpty()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static String privatePem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /** Accepts a PEM block or the bare Base64 body (Alipay's console shows keys without the header lines). */
    public static PublicKey publicKey(String pemOrBase64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(body(pemOrBase64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key (X.509 SubjectPublicKeyInfo)", e);
        }
    }

    public static PrivateKey privateKey(String pemOrBase64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(body(pemOrBase64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key (PKCS#8)", e);
        }
    }

    private static byte[] body(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
