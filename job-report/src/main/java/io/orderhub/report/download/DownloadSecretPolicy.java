package io.orderhub.report.download;

import io.orderhub.common.executor.AccessTokenPolicy;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses weak download secrets (the link signing key, the bearer token) the way the executor refuses weak access
 * tokens: anyone who guesses one reads every report (shop names, figures). Stricter than the executor's policy in
 * length: the key is an HMAC key, so at least 32 characters ({@code openssl rand -hex 32} gives 64). Messages name
 * the property and the reason, never the value.
 */
public final class DownloadSecretPolicy {

    static final int MIN_LENGTH = 32;
    static final int MIN_DISTINCT = 8;
    /** Shannon estimate × length (as the executor's policy): 32 random hex digits score about 110 bits. */
    static final double MIN_BITS = 64;
    private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change_me", "change-me", "secret", "password",
            "default", "token");

    private DownloadSecretPolicy() {
    }

    public static void check(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new InsecureDownloadsException(property + " is empty: report links and downloads would not be"
                    + " protected; set a random value of at least " + MIN_LENGTH
                    + " characters (openssl rand -hex 32)");
        }
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.stream().anyMatch(p -> lower.replace(p, "").replaceAll("[^a-z0-9]", "").isEmpty())) {
            throw new InsecureDownloadsException(property + " is a well-known placeholder: set a random value of at"
                    + " least " + MIN_LENGTH + " characters (openssl rand -hex 32)");
        }
        if (value.length() < MIN_LENGTH) {
            throw new InsecureDownloadsException(property + " is shorter than " + MIN_LENGTH + " characters");
        }
        if (value.codePoints().distinct().count() < MIN_DISTINCT
                || AccessTokenPolicy.estimatedBits(value) < MIN_BITS) {
            throw new InsecureDownloadsException(property + " repeats too few characters to be guessed hard (low"
                    + " entropy): set a random value, e.g. openssl rand -hex 32");
        }
    }
}
