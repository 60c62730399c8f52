package io.orderhub.common.executor;

import java.time.Instant;

/**
 * What the executor's last registry beat achieved, for the health endpoint. {@code admin} is the admin as configured
 * with any user info removed; {@code reason} is the admin's refusal or the connection failure (never the token).
 */
public record RegistrationState(Outcome outcome, String admin, String reason, int failuresInARow, Instant at) {

    /** {@code NOT_YET}: no beat has finished; {@code NO_ADMIN}: none configured, so none will. */
    public enum Outcome { NOT_YET, NO_ADMIN, REGISTERED, REFUSED }

    static RegistrationState notYet() {
        return new RegistrationState(Outcome.NOT_YET, null, null, 0, null);
    }

    static RegistrationState noAdmin() {
        return new RegistrationState(Outcome.NO_ADMIN, null, "oms.xxl.admin-addresses is empty", 0, null);
    }
}
