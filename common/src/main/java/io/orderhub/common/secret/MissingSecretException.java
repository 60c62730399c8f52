package io.orderhub.common.secret;

/** A secret reference that cannot be resolved. The message names the reference and its owner, never a value. */
public class MissingSecretException extends IllegalStateException {

    public MissingSecretException(String message) {
        super(message);
    }
}
