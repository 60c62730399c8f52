package io.orderhub.common.freeze;

import java.util.List;

/**
 * The enabled rules as last read: the valid ones, in table order, and the refused ones with their reason.
 */
public record FreezeRuleSet(List<FreezeRule> rules, List<InvalidFreezeRuleException> refused) {

    public static final FreezeRuleSet EMPTY = new FreezeRuleSet(List.of(), List.of());

    public FreezeRuleSet {
        rules = List.copyOf(rules);
        refused = List.copyOf(refused);
    }

    /** Parses each row on its own: a bad row is refused, the others still apply. */
    public static FreezeRuleSet of(List<FreezeRuleRow> rows) {
        List<FreezeRule> valid = new java.util.ArrayList<>();
        List<InvalidFreezeRuleException> refused = new java.util.ArrayList<>();
        for (FreezeRuleRow row : rows) {
            try {
                valid.add(FreezeRuleParser.parse(row));
            } catch (InvalidFreezeRuleException e) {
                refused.add(e);
            }
        }
        return new FreezeRuleSet(valid, refused);
    }
}
