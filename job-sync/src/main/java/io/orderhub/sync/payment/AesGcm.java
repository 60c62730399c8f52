package io.orderhub.sync.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AEAD_AES_256_GCM as WeChat Pay v3 encrypts notification resources: Base64(ciphertext ‖ 16-byte tag). */
public final class AesGcm {

    private AesGcm() {
    }

    /** @throws IllegalArgumentException when the text cannot be decrypted (wrong key, tampered text or AAD) */
    public static String decrypt(byte[] key, String nonce, String associatedData, String base64Ciphertext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            if (associatedData != null) {
                cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            }
            return new String(cipher.doFinal(Base64.getDecoder().decode(base64Ciphertext)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("resource cannot be decrypted with the APIv3 key: "
                    + e.getClass().getSimpleName());
        }
    }
}
