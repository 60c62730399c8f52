package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import io.orderhub.report.entry.rule.EntryRulesProperties.FieldRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The field rules per source: required, length, regular expression, allowed values. The rules of {@code "*"} apply
 * to every source; a source's own rule for a field replaces the {@code "*"} rule of that field.
 */
final class FieldRules implements EntryRule {

    private final Map<EntryField, CompiledRule> everySource;
    private final Map<String, Map<EntryField, CompiledRule>> bySource = new HashMap<>();

    FieldRules(Map<String, Map<String, FieldRule>> configured) {
        everySource = compile(configured.getOrDefault(EntryRulesProperties.ALL_SOURCES, Map.of()));
        configured.forEach((source, fields) -> {
            if (!EntryRulesProperties.ALL_SOURCES.equals(source)) {
                Map<EntryField, CompiledRule> merged = new EnumMap<>(EntryField.class);
                merged.putAll(everySource);
                merged.putAll(compile(fields));
                bySource.put(source, merged);
            }
        });
    }

    @Override
    public void check(CheckedEntry checked, List<EntryFinding> findings) {
        Entry entry = checked.entry();
        Map<EntryField, CompiledRule> rules = entry.source() == null ? everySource
                : bySource.getOrDefault(entry.source(), everySource);
        rules.forEach((field, rule) -> rule.check(entry, field, findings));
    }

    private static Map<EntryField, CompiledRule> compile(Map<String, FieldRule> fields) {
        Map<EntryField, CompiledRule> compiled = new EnumMap<>(EntryField.class);
        fields.forEach((name, rule) -> compiled.put(EntryField.named(name).orElseThrow(),
                new CompiledRule(rule, rule.pattern() == null ? null : Pattern.compile(rule.pattern()))));
        return compiled;
    }

    private record CompiledRule(FieldRule rule, Pattern pattern) {

        void check(Entry entry, EntryField field, List<EntryFinding> findings) {
            String value = field.valueOf(entry);
            if (value == null || value.isBlank()) {
                if (rule.required()) {
                    findings.add(Findings.error(entry, EntryFindingType.FIELD_REQUIRED, field, List.of(),
                            field.jsonName() + " is required for " + entry.source() + " entries"));
                }
                return;
            }
            if (rule.maxLength() != null && value.codePointCount(0, value.length()) > rule.maxLength()) {
                findings.add(Findings.error(entry, EntryFindingType.FIELD_TOO_LONG, field, List.of(),
                        field.jsonName() + " is longer than " + rule.maxLength() + " characters"));
            }
            if (pattern != null && !pattern.matcher(value).matches()) {
                findings.add(Findings.error(entry, EntryFindingType.FIELD_PATTERN, field, List.of(),
                        field.jsonName() + " does not have the expected form " + rule.pattern()));
            }
            if (!rule.allowed().isEmpty() && !rule.allowed().contains(value)) {
                findings.add(Findings.error(entry, EntryFindingType.FIELD_NOT_ALLOWED, field,
                        new ArrayList<>(rule.allowed()), field.jsonName() + " must be one of " + rule.allowed()));
            }
        }
    }
}
