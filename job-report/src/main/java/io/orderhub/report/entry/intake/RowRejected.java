package io.orderhub.report.entry.intake;

/** A row that cannot be taken in: the field and the reason, for the rejected-row record (never echoes secrets). */
public class RowRejected extends Exception {

    private final String field;

    public RowRejected(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
