package io.orderhub.sandbox.truth;

import io.orderhub.sandbox.generator.FundedBy;
import io.orderhub.sandbox.generator.MarketingType;
import java.math.BigDecimal;

public record MarketingLine(MarketingType type, FundedBy fundedBy, BigDecimal amount) {
}
