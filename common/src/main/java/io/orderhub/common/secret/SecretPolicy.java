package io.orderhub.common.secret;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one strength rule for the secrets that guard our HTTP APIs and links: job-report's download signing key and
 * bearer token, its entry-check API token, and job-sync's hold API token (rule and reasons: docs/operations.md,
 * "API secrets"). Anyone who guesses one reads every report or releases held orders, so each must be at least
 * {@value #MIN_LENGTH} characters, no placeholder, and not repetitive ({@code openssl rand -hex 32} gives 64 good
 * ones). Checked at start-up: a weak value stops it with a message naming the property and the reason, never the
 * value.
 */
public final class SecretPolicy {

    public static final int MIN_LENGTH = 32;
    static final int MIN_DISTINCT = 8;
    /** {@link #estimatedBits} of the value: 32 random hex digits score about 110 bits. */
    static final double MIN_BITS = 64;
    private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change_me", "change-me", "secret", "password",
            "default", "token", "admin", "test");

    private SecretPolicy() {
    }

    /** @throws WeakSecretException naming {@code property} when the value is empty, a placeholder, short or repetitive */
    public static void check(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new WeakSecretException(property + " is empty: set a random value of at least " + MIN_LENGTH
                    + " characters (openssl rand -hex 32)");
        }
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.stream().anyMatch(p -> lower.replace(p, "").replaceAll("[^a-z0-9]", "").isEmpty())) {
            throw new WeakSecretException(property + " is a well-known placeholder: set a random value of at least "
                    + MIN_LENGTH + " characters (openssl rand -hex 32)");
        }
        if (value.length() < MIN_LENGTH) {
            throw new WeakSecretException(property + " is shorter than " + MIN_LENGTH + " characters");
        }
        if (value.codePoints().distinct().count() < MIN_DISTINCT || estimatedBits(value) < MIN_BITS) {
            throw new WeakSecretException(property + " repeats too few characters to be guessed hard (low entropy):"
                    + " set a random value, e.g. openssl rand -hex 32");
        }
    }

    /**
     * Length × the Shannon entropy of the value's character frequencies, in bits: {@code aaaa…} scores 0,
     * {@code abab…} one bit per character.
     */
    public static double estimatedBits(String value) {
        Map<Integer, Integer> counts = new HashMap<>();
        value.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int length = counts.values().stream().mapToInt(Integer::intValue).sum();
        double perCharacter = 0;
        for (int count : counts.values()) {
            double p = (double) count / length;
            perCharacter -= p * Math.log(p) / Math.log(2);
        }
        return perCharacter * length;
    }
}
