package io.orderhub.report.entry;

import java.util.List;

/**
 * What a rule found in one entry: the type, the field, the value entered, and suggestions (closest SKU codes, the
 * order line's SKU, the unit or quantity that was probably meant), best first.
 *
 * @param severity ERROR (must be fixed) or CONFIRM (a warning that needs an explicit confirmation to save)
 * @param message  for people, naming the field and the reason
 */
public record EntryFinding(String entryId, EntryFindingType type, String field, String enteredValue,
        List<String> suggestions, Severity severity, String message) {

    public EntryFinding {
        suggestions = List.copyOf(suggestions);
    }

    public enum Severity {
        ERROR, CONFIRM
    }
}
