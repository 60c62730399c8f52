package io.orderhub.sync.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.OrderAmounts;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import java.math.BigDecimal;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * The money invariants of docs/unified-model.md, written again for the adapter tests (not through
 * {@link AmountInvariants}): Σ line totals = goods, goods − discount + freight + tax = paid, no negative share.
 */
public final class MoneyInvariants {

    private MoneyInvariants() {
    }

    public static void assertHolds(UnifiedOrder order) {
        OrderAmounts amounts = order.amounts();
        BigDecimal lines = order.lines().stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(lines).as("Σ unit price × quantity of " + order.platformOrderId()).isEqualByComparingTo(amounts.goods());
        assertThat(amounts.goods().subtract(amounts.discount()).add(amounts.freight()).add(amounts.tax()))
                .as("goods − discount + freight + tax of " + order.platformOrderId()).isEqualTo(amounts.paid());
        assertThat(amounts.discount().signum()).isNotNegative();
        assertThat(order.lines()).extracting(OrderLine::discountShare).allMatch(share -> share.signum() >= 0);
    }

    /** A copy of the raw order with one top-level field changed. */
    public static RawOrder changed(RawOrder raw, Consumer<ObjectNode> change) {
        ObjectNode copy = (ObjectNode) raw.json().deepCopy();
        change.accept(copy);
        return new RawOrder(raw.platformOrderId(), copy);
    }

    public static void assertQuarantined(Runnable mapping, String field) {
        assertThatThrownBy(mapping::run).isInstanceOfSatisfying(MappingFailure.class, failure -> {
            assertThat(failure.reason()).isEqualTo(QuarantineReason.AMOUNT_INVARIANT);
            assertThat(failure.field()).isEqualTo(field);
        });
    }
}
