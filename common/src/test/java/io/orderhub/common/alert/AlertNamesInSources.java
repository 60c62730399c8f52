package io.orderhub.common.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alert names a set of Java sources can raise, read from the text: the first argument of every
 * {@code Alert.firing(…)} (a literal, a {@code static final String} constant, or a parameter of the method around the
 * call, followed to that method's callers in the same file), and of every {@code new Alert("…", …)} whose name is
 * a literal or a constant (the others copy an alert that exists). An argument it cannot follow is reported, never
 * skipped: a new alert must be recognisable, or the runbook test could not see it.
 */
final class AlertNamesInSources {

    private static final Pattern FIRING = Pattern.compile("\\bAlert\\.firing\\(");
    private static final Pattern CONSTRUCTOR = Pattern.compile("\\bnew Alert\\(");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern CONSTANT = Pattern.compile("(?:[A-Z]\\w*\\.)?([A-Z][A-Z0-9_]*)");
    private static final Pattern PARAMETER = Pattern.compile("[a-z]\\w*");
    private static final Pattern METHOD = Pattern.compile("(\\w+)\\s*\\(([^()]*)\\)\\s*(?:throws [\\w., ]+)?\\{");

    /** Where a name was found, or why it could not be told. */
    record Finding(String file, int line, String name, String problem) {

        @Override
        public String toString() {
            return file + ":" + line + (problem == null ? " " + name : " " + problem);
        }
    }

    private final Map<String, String> sources;
    private final List<Finding> findings = new ArrayList<>();

    /** @param sources file name → Java source text */
    AlertNamesInSources(Map<String, String> sources) {
        this.sources = sources;
        sources.forEach(this::scan);
    }

    Set<String> names() {
        Set<String> names = new TreeSet<>();
        findings.stream().filter(f -> f.problem() == null).forEach(f -> names.add(f.name()));
        return names;
    }

    List<Finding> unresolved() {
        return findings.stream().filter(f -> f.problem() != null).toList();
    }

    private void scan(String file, String source) {
        Matcher firing = FIRING.matcher(source);
        while (firing.find()) {
            String argument = argument(source, firing.end(), 0);
            resolve(file, source, firing.start(), argument, 0);
        }
        Matcher constructor = CONSTRUCTOR.matcher(source);
        while (constructor.find()) {
            String argument = argument(source, constructor.end(), 0);
            if (LITERAL.matcher(argument).matches() || CONSTANT.matcher(argument).matches()) {
                resolve(file, source, constructor.start(), argument, 0);
            }
        }
    }

    private void resolve(String file, String source, int at, String argument, int depth) {
        int line = lineOf(source, at);
        Matcher literal = LITERAL.matcher(argument);
        if (literal.matches()) {
            findings.add(new Finding(file, line, literal.group(1), null));
            return;
        }
        Matcher constant = CONSTANT.matcher(argument);
        if (constant.matches()) {
            Optional<String> value = constantValue(source, constant.group(1));
            for (String other : sources.values()) {
                value = value.or(() -> constantValue(other, constant.group(1)));
            }
            findings.add(value.map(v -> new Finding(file, line, v, null)).orElseGet(() -> new Finding(file, line, null,
                    "alert name " + argument + ": no String constant of that name")));
            return;
        }
        if (PARAMETER.matcher(argument).matches() && depth < 3) {
            if (followParameter(file, source, at, argument, depth)) {
                return;
            }
        }
        findings.add(new Finding(file, line, null, "alert name '" + argument
                + "' cannot be told from the source: pass a literal, a String constant or a parameter of the method"));
    }

    /** The parameter's value at every call of the enclosing method in the same file. */
    private boolean followParameter(String file, String source, int at, String parameter, int depth) {
        Matcher method = METHOD.matcher(source);
        String name = null;
        int index = -1;
        int declaredAt = -1;
        while (method.find() && method.start() < at) {
            List<String> parameters = List.of(method.group(2).split(","));
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).strip().endsWith(" " + parameter)) {
                    name = method.group(1);
                    index = i;
                    declaredAt = method.start();
                }
            }
        }
        if (name == null) {
            return false;
        }
        Matcher call = Pattern.compile("\\b" + Pattern.quote(name) + "\\(").matcher(source);
        boolean called = false;
        while (call.find()) {
            if (call.start() != declaredAt) {
                called = true;
                resolve(file, source, call.start(), argument(source, call.end(), index), depth + 1);
            }
        }
        return called;
    }

    /** The {@code index}th argument (stripped) of the call whose arguments start at {@code from}. */
    static String argument(String source, int from, int index) {
        int depth = 0;
        int current = 0;
        int start = from;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> {
                    if (depth == 0) {
                        return current == index ? source.substring(start, i).strip() : "";
                    }
                    depth--;
                }
                case ',' -> {
                    if (depth == 0) {
                        if (current == index) {
                            return source.substring(start, i).strip();
                        }
                        current++;
                        start = i + 1;
                    }
                }
                default -> { }
            }
        }
        return "";
    }

    private static Optional<String> constantValue(String source, String constant) {
        Matcher value = Pattern.compile("\\bString\\s+" + Pattern.quote(constant) + "\\s*=\\s*\"([^\"]*)\"")
                .matcher(source);
        return value.find() ? Optional.of(value.group(1)) : Optional.empty();
    }

    private static int lineOf(String source, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
