package io.orderhub.common.order;

import java.math.BigDecimal;
import java.util.Objects;

/** One discount applied to an order; the lines of an order add up to its discount amount. */
public record MarketingLine(MarketingType type, FundedBy fundedBy, String name, BigDecimal amount) {

    public MarketingLine {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fundedBy, "fundedBy");
        Objects.requireNonNull(amount, "amount");
    }
}
