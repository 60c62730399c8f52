package io.orderhub.report.entry.api;

/** A check request that cannot be read: names the field (a JSON path such as {@code entries[2].quantity}) and why. */
public class EntryRequestException extends RuntimeException {

    private final String field;

    public EntryRequestException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
