package io.orderhub.sandbox.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.ChannelSandbox;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Independent re-implementations of the wire rules of docs/callbacks.md with plain JDK calls, so a test checks the
 * sandbox's signing against the spec text rather than against itself.
 */
final class PushChecks {
    private PushChecks() {
    }

    /** Waits (no timing assertion) until no message is queued, in flight or waiting for a retry. */
    static void awaitIdle(ChannelSandbox sandbox) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (((Number) sandbox.pushStats().get("pending")).longValue() == 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("push still pending after 60 s: " + sandbox.pushStats());
    }

    /** TOP rule: sort by name, concatenate name+value over all params but sign. */
    static String topConcatenation(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("sign")) {
                text.append(k).append(v);
            }
        });
        return text.toString();
    }

    static String md5Upper(String text) throws Exception {
        return HexFormat.of().withUpperCase().formatHex(
                MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String hmacSha256Upper(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Alipay notify rule: k=v& over sorted params without sign and sign_type, empty values skipped. */
    static String alipayNotifyContent(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("sign") && !k.equals("sign_type") && !v.isEmpty()) {
                text.append(text.length() == 0 ? "" : "&").append(k).append('=').append(v);
            }
        });
        return text.toString();
    }

    static PublicKey publicKey(String pem) throws Exception {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    static boolean rsa2Verifies(PublicKey key, String text, String base64Signature) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        try {
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    static void assertTopSignature(Map<String, String> form, String secret) throws Exception {
        String text = topConcatenation(form);
        String expected = switch (form.get("sign_method")) {
            case "md5" -> md5Upper(secret + text + secret);
            case "hmac-sha256" -> hmacSha256Upper(secret, text);
            default -> throw new AssertionError("unexpected sign_method " + form.get("sign_method"));
        };
        assertThat(form.get("sign")).as("sign of message %s", form.get("message_id")).isEqualTo(expected);
    }
}
