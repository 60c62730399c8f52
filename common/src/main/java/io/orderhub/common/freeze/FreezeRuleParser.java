package io.orderhub.common.freeze;

import io.orderhub.common.order.Channel;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Checks one {@code freeze_rule} row against its kind. A row is refused as a whole, naming the rule and the first
 * field that is wrong: a half-understood rule (say, a threshold without its channel) would hold the wrong orders.
 */
public final class FreezeRuleParser {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private FreezeRuleParser() {
    }

    public static FreezeRule parse(FreezeRuleRow row) {
        String name = row.name();
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidFreezeRuleException(String.valueOf(name), "name",
                    "1-64 letters, digits, '_', '.' or '-'");
        }
        FreezeRuleKind kind = kind(name, row.kind());
        Channel channel = channel(name, row.channel());
        if (row.shopId() != null && (row.shopId().isBlank() || channel == null)) {
            throw new InvalidFreezeRuleException(name, "shop_id", row.shopId().isBlank() ? "blank (use NULL for every"
                    + " shop)" : "a shop needs its channel");
        }
        BigDecimal threshold = row.threshold();
        if (kind.needsThreshold()) {
            if (threshold == null) {
                throw new InvalidFreezeRuleException(name, "threshold", "required by " + kind);
            }
            if (threshold.signum() < 0) {
                throw new InvalidFreezeRuleException(name, "threshold", "must not be negative: "
                        + threshold.toPlainString());
            }
            if (threshold.stripTrailingZeros().scale() > 2) {
                throw new InvalidFreezeRuleException(name, "threshold", "yuan with at most 2 decimals: "
                        + threshold.toPlainString());
            }
            threshold = threshold.setScale(2);
        } else if (threshold != null) {
            throw new InvalidFreezeRuleException(name, "threshold", "not used by " + kind);
        }
        if (kind.needsSku()) {
            if (row.sku() == null || row.sku().isBlank()) {
                throw new InvalidFreezeRuleException(name, "sku", "required by " + kind);
            }
            if (row.quantityLimit() == null || row.quantityLimit() < 0) {
                throw new InvalidFreezeRuleException(name, "quantity_limit", row.quantityLimit() == null
                        ? "required by " + kind : "must not be negative: " + row.quantityLimit());
            }
        } else if (row.sku() != null || row.quantityLimit() != null) {
            throw new InvalidFreezeRuleException(name, row.sku() != null ? "sku" : "quantity_limit",
                    "not used by " + kind);
        }
        FreezeKeywords keywords = null;
        if (kind.needsKeywords()) {
            keywords = FreezeKeywords.parse(name, row.keywords());
        } else if (row.keywords() != null) {
            throw new InvalidFreezeRuleException(name, "keywords", "not used by " + kind);
        }
        return new FreezeRule(name, kind, channel, row.shopId(), threshold, row.sku(),
                row.quantityLimit() == null ? 0 : row.quantityLimit(), keywords, row.dryRun());
    }

    private static FreezeRuleKind kind(String name, String kind) {
        for (FreezeRuleKind k : FreezeRuleKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        throw new InvalidFreezeRuleException(name, "kind", "unknown '" + kind + "', expected one of "
                + Arrays.toString(FreezeRuleKind.values()));
    }

    private static Channel channel(String name, String channel) {
        if (channel == null) {
            return null;
        }
        for (Channel c : Channel.values()) {
            if (c.name().equals(channel)) {
                return c;
            }
        }
        throw new InvalidFreezeRuleException(name, "channel", "unknown '" + channel + "', expected one of "
                + Arrays.toString(Channel.values()) + " or NULL");
    }
}
