package io.orderhub.common.alert;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One Prometheus-style label matcher, written {@code name=value}, {@code name!=value}, {@code name=~regex} or
 * {@code name!~regex} (value optionally in double quotes). Regexes are anchored at both ends, and a missing label
 * matches as the empty string, as in Alertmanager: {@code shop=~".*"} matches alerts with or without a shop.
 */
public final class LabelMatcher {

    public enum Op {
        EQUAL("="), NOT_EQUAL("!="), REGEX("=~"), NOT_REGEX("!~");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    private static final Pattern SYNTAX = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|=)\\s*(.*?)\\s*");

    private final String label;
    private final Op op;
    private final String value;
    private final Pattern regex;

    public LabelMatcher(String label, Op op, String value) {
        this.label = Objects.requireNonNull(label, "label");
        this.op = Objects.requireNonNull(op, "op");
        this.value = Objects.requireNonNull(value, "value");
        this.regex = op == Op.REGEX || op == Op.NOT_REGEX ? Pattern.compile(value) : null;
    }

    /** @throws IllegalArgumentException naming the text when it is not a matcher */
    public static LabelMatcher parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a label matcher like name=value, name!=value, "
                    + "name=~regex or name!~regex");
        }
        String value = m.group(3);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        Op op = switch (m.group(2)) {
            case "=" -> Op.EQUAL;
            case "!=" -> Op.NOT_EQUAL;
            case "=~" -> Op.REGEX;
            default -> Op.NOT_REGEX;
        };
        try {
            return new LabelMatcher(m.group(1), op, value);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + text + "': bad regex: " + e.getDescription());
        }
    }

    public boolean matches(Map<String, String> labels) {
        String actual = labels.getOrDefault(label, "");
        return switch (op) {
            case EQUAL -> actual.equals(value);
            case NOT_EQUAL -> !actual.equals(value);
            case REGEX -> regex.matcher(actual).matches();
            case NOT_REGEX -> !regex.matcher(actual).matches();
        };
    }

    /** True when every matcher matches (an empty list matches everything). */
    public static boolean all(java.util.List<LabelMatcher> matchers, Map<String, String> labels) {
        for (LabelMatcher matcher : matchers) {
            if (!matcher.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label + op.symbol + value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelMatcher other && label.equals(other.label) && op == other.op && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, op, value);
    }
}
