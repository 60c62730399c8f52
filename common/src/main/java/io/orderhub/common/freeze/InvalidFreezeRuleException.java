package io.orderhub.common.freeze;

/** A {@code freeze_rule} row that cannot be applied: names the rule, the field and the reason. */
public class InvalidFreezeRuleException extends RuntimeException {

    private final String rule;
    private final String field;

    public InvalidFreezeRuleException(String rule, String field, String reason) {
        super("freeze rule '" + rule + "': " + field + ": " + reason);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
