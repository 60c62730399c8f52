package io.orderhub.common.job;

/** A job parameter that does not parse or validate; the message names the field and the reason. */
public class InvalidJobParameterException extends IllegalArgumentException {

    private final String field;

    public InvalidJobParameterException(String field, String reason) {
        super("job parameter '" + field + "': " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
