package io.orderhub.report.store;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names a report may have: one flat name of letters, digits, {@code .}, {@code _} and {@code -}, not starting
 * with a dot and without {@code ..}. So a name can never be a path (no separator of any platform, no parent
 * reference), never a hidden file, and never collide with the store's own temporary files (which start with a dot).
 */
public final class ReportNames {

    public static final int MAX_LENGTH = 200;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");

    private ReportNames() {
    }

    /** Why {@code name} is not a valid report name; empty when it is. Never echoes the name. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("is empty");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("may contain only letters, digits, '.', '_' and '-'");
        }
        if (name.startsWith(".")) {
            return Optional.of("must not start with '.'");
        }
        if (name.contains("..")) {
            return Optional.of("must not contain '..'");
        }
        return Optional.empty();
    }

    public static boolean valid(String name) {
        return problem(name).isEmpty();
    }

    /** @throws IllegalArgumentException naming the reason when the name is not valid */
    public static String require(String name) {
        problem(name).ifPresent(reason -> {
            throw new IllegalArgumentException("report name " + reason);
        });
        return name;
    }
}
