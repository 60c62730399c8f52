package io.orderhub.monitor.consistency.check;

import java.util.Objects;

/**
 * One difference a check saw: in order {@code orderNo}, {@code field} is {@code ourValue} here and
 * {@code theirValue} in {@code theirSystem}. Identity across runs is (order, check, field).
 */
public record Finding(String orderNo, String channel, String shopId, CheckName check, String field, String ourValue,
        String theirValue, TheirSystem theirSystem, FindingSeverity severity, String suggestedAction) {

    public Finding {
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(field, "field");
    }

    /** The open-finding key of {@code consistency_finding.open_key}. */
    public String openKey() {
        return orderNo + "|" + check.name() + "|" + field;
    }
}
