package io.orderhub.sync.inbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The senders' side of docs/callbacks.md, written here from the spec with plain JDK crypto (not with the
 * receiver's classes), so a misreading on either side fails the tests.
 */
final class TestSenders {

    private TestSenders() {
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** TOP rule: sorted name+value pairs; md5 = MD5(secret+text+secret), hmac-sha256 keyed with the secret; upper hex. */
    static String topSign(Map<String, String> params, String secret, String method) throws Exception {
        String text = new TreeMap<>(params).entrySet().stream()
                .map(e -> e.getKey() + e.getValue()).collect(Collectors.joining());
        byte[] digest;
        if (method.equals("md5")) {
            digest = MessageDigest.getInstance("MD5").digest((secret + text + secret).getBytes(StandardCharsets.UTF_8));
        } else {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String rsa2(PrivateKey key, String content) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(content.getBytes(StandardCharsets.UTF_8));
        return base64(signature.sign());
    }

    /** Alipay: RSA2 over sorted k=v&… of the non-empty params except sign and sign_type. */
    static String alipaySign(Map<String, String> params, PrivateKey key) throws Exception {
        String text = new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getKey().equals("sign") && !e.getKey().equals("sign_type") && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        return rsa2(key, text);
    }

    static String aesGcm(String apiV3Key, String nonce, String aad, String plain) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(apiV3Key.getBytes(StandardCharsets.UTF_8), "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
        return base64(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    static String hmacSha256Hex(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
