package io.orderhub.common.order;

import io.orderhub.common.money.Yuan;
import java.math.BigDecimal;

/**
 * The money of an order, in yuan with scale 2. Invariant (see docs/unified-model.md):
 * {@code paid = goods + freight + tax − discount}; the sync quarantines a platform order that breaks it
 * ({@code AmountInvariants} in job-sync), but this type does not enforce it, so any stored row can still be read back.
 */
public record OrderAmounts(
        BigDecimal goods, BigDecimal discount, BigDecimal freight, BigDecimal tax, BigDecimal paid, String currency) {

    public OrderAmounts {
        goods = Yuan.exact(goods, "goods");
        discount = Yuan.exact(discount, "discount");
        freight = Yuan.exact(freight, "freight");
        tax = Yuan.exact(tax, "tax");
        paid = Yuan.exact(paid, "paid");
        currency = currency == null ? "CNY" : currency;
    }

    public boolean balanced() {
        return goods.add(freight).add(tax).subtract(discount).compareTo(paid) == 0;
    }
}
