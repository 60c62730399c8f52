package io.orderhub.common.freeze;

import java.math.BigDecimal;

/** One enabled row of {@code freeze_rule} as stored, before {@link FreezeRuleParser} checks it. */
public record FreezeRuleRow(String name, String kind, String channel, String shopId, BigDecimal threshold, String sku,
        Integer quantityLimit, String keywords, boolean dryRun) {
}
