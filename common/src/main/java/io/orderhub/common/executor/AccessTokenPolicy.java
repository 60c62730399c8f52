package io.orderhub.common.executor;

import java.util.Set;

/**
 * Refuses weak executor access tokens. An XXL-JOB executor with an empty token accepts every request, and GLUE
 * jobs (Groovy/shell sent by whoever can reach the port) cannot be switched off: a weak token is remote code
 * execution. Messages name the property and the reason, never the token.
 */
public final class AccessTokenPolicy {

    public static final String PROPERTY = "oms.xxl.access-token";
    static final int MIN_LENGTH = 16;

    /** Tokens published in XXL-JOB's docs and sample configs. */
    private static final Set<String> WELL_KNOWN = Set.of("default_token", "xxl-job", "xxl_job", "changeme",
            "change_me", "token", "accesstoken", "access_token");

    private AccessTokenPolicy() {
    }

    public static void check(String token) {
        if (token == null || token.isBlank()) {
            throw new InsecureExecutorException(PROPERTY + " is empty: the executor would accept any request "
                    + "(and run GLUE code); set a random token of at least " + MIN_LENGTH + " characters");
        }
        if (WELL_KNOWN.contains(token.trim().toLowerCase())) {
            throw new InsecureExecutorException(PROPERTY + " is XXL-JOB's well-known default: set a random token "
                    + "of at least " + MIN_LENGTH + " characters");
        }
        if (token.length() < MIN_LENGTH) {
            throw new InsecureExecutorException(PROPERTY + " is shorter than " + MIN_LENGTH + " characters");
        }
    }
}
