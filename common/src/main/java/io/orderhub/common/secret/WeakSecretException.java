package io.orderhub.common.secret;

/** Start-up refused: a secret fails {@link SecretPolicy}. The message names the property, never the value. */
public class WeakSecretException extends IllegalStateException {

    public WeakSecretException(String message) {
        super(message);
    }
}
