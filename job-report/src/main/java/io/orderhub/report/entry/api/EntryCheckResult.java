package io.orderhub.report.entry.api;

import io.orderhub.report.entry.EntryFinding;
import java.util.List;

/**
 * The answer for one entry: {@code ok} when nothing must be fixed; {@code needsConfirmation} when warnings must be
 * confirmed before saving (send the entry again with {@code "confirmed": true}). Warnings carry the value to
 * highlight in the form.
 */
public record EntryCheckResult(String entryId, boolean ok, boolean needsConfirmation, List<Problem> errors,
        List<Problem> warnings) {

    public static EntryCheckResult of(String entryId, List<EntryFinding> findings) {
        List<Problem> errors = findings.stream().filter(f -> f.severity() == EntryFinding.Severity.ERROR)
                .map(Problem::of).toList();
        List<Problem> warnings = findings.stream().filter(f -> f.severity() == EntryFinding.Severity.CONFIRM)
                .map(Problem::of).toList();
        return new EntryCheckResult(entryId, errors.isEmpty(), !warnings.isEmpty(), errors, warnings);
    }

    /**
     * @param highlight the value to highlight in the form (the value entered)
     */
    public record Problem(String field, String type, String highlight, String message, List<String> suggestions) {

        static Problem of(EntryFinding finding) {
            return new Problem(finding.field(), finding.type().name(), finding.enteredValue(), finding.message(),
                    finding.suggestions());
        }
    }
}
