package io.orderhub.monitor.consistency.source;

import java.util.List;

/**
 * One column of a source's contract: its name (the CSV header, the query's column label), type, whether required,
 * for text the longest value its staging column holds (0 = no text) and the values it may take (empty = any).
 */
public record SourceColumn(String name, ColumnType type, boolean required, int maxLength, List<String> oneOf) {

    public SourceColumn {
        oneOf = List.copyOf(oneOf);
    }

    static SourceColumn required(String name, ColumnType type) {
        return new SourceColumn(name, type, true, 0, List.of());
    }

    static SourceColumn optional(String name, ColumnType type) {
        return new SourceColumn(name, type, false, 0, List.of());
    }

    static SourceColumn requiredText(String name, int maxLength, String... oneOf) {
        return new SourceColumn(name, ColumnType.TEXT, true, maxLength, List.of(oneOf));
    }

    static SourceColumn optionalText(String name, int maxLength) {
        return new SourceColumn(name, ColumnType.TEXT, false, maxLength, List.of());
    }

    /** Why a parsed value does not fit the column, or null when it does. */
    String misfit(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        if (maxLength > 0 && text.length() > maxLength) {
            return "longer than " + maxLength + " characters";
        }
        if (!oneOf.isEmpty() && !oneOf.contains(text)) {
            return "not one of " + String.join(", ", oneOf);
        }
        return null;
    }
}
