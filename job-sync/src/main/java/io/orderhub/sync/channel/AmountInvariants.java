package io.orderhub.sync.channel;

import io.orderhub.common.order.OrderAmounts;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import java.math.BigDecimal;
import java.util.List;

/**
 * The money invariants of docs/unified-model.md, checked on every mapped order before it may be written: no negative
 * discount (order or line), Σ unit price × quantity over the lines = goods, and goods + freight + tax − discount =
 * paid, to the fen. A platform order that breaks one is a {@link MappingFailure} naming the platform field that
 * disagrees, so it goes to quarantine instead of into the order tables.
 *
 * @param goodsField        the platform field read as goods (named when the lines do not add up to it)
 * @param paidField         the platform field read as paid (named when the order total does not add up)
 * @param lineDiscountField the line field, below {@code linesField[i]}, read as the line's discount share
 */
public record AmountInvariants(String goodsField, String paidField, String linesField, String lineDiscountField) {

    public UnifiedOrder check(UnifiedOrder order) {
        List<OrderLine> lines = order.lines();
        BigDecimal lineTotals = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            if (line.discountShare().signum() < 0) {
                throw broken(linesField + "[" + i + "]." + lineDiscountField,
                        "negative discount share " + line.discountShare());
            }
            lineTotals = lineTotals.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        OrderAmounts amounts = order.amounts();
        if (!lines.isEmpty() && lineTotals.compareTo(amounts.goods()) != 0) {
            throw broken(goodsField, "goods " + amounts.goods() + " but the lines' unit price × quantity add up to "
                    + lineTotals.setScale(2));
        }
        if (amounts.discount().signum() < 0 || !amounts.balanced()) {
            throw broken(paidField, "paid " + amounts.paid() + " but goods " + amounts.goods() + " + freight "
                    + amounts.freight() + " + tax " + amounts.tax() + " − discount " + amounts.discount() + " = "
                    + amounts.goods().add(amounts.freight()).add(amounts.tax()).subtract(amounts.discount()));
        }
        return order;
    }

    private static MappingFailure broken(String field, String detail) {
        return new MappingFailure(QuarantineReason.AMOUNT_INVARIANT, field, detail);
    }
}
