package io.orderhub.monitor.consistency.source;

/** One column of a source's contract: its name (the CSV header, the query's column label), type and whether required. */
public record SourceColumn(String name, ColumnType type, boolean required) {

    static SourceColumn required(String name, ColumnType type) {
        return new SourceColumn(name, type, true);
    }

    static SourceColumn optional(String name, ColumnType type) {
        return new SourceColumn(name, type, false);
    }
}
