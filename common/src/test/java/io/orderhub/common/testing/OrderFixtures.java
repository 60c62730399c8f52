package io.orderhub.common.testing;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.FundedBy;
import io.orderhub.common.order.MarketingLine;
import io.orderhub.common.order.MarketingType;
import io.orderhub.common.order.OrderAmounts;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.OrderTimes;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.UnifiedOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Orders for tests: a balanced, paid two-line order with a coupon, and variations of it. */
public final class OrderFixtures {

    public static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 11, 0, 5, 0);

    private OrderFixtures() {
    }

    public static UnifiedOrder paidOrder(String platformOrderId) {
        return order(Channel.TAOBAO, "shop-1", platformOrderId, OrderStatus.PAID, T0.plusMinutes(10));
    }

    public static UnifiedOrder order(Channel channel, String shopId, String platformOrderId, OrderStatus status,
            LocalDateTime modified) {
        return new UnifiedOrder(channel, shopId, platformOrderId, status, "WAIT_SELLER_SEND_GOODS", RefundState.NONE,
                false,
                new OrderAmounts(new BigDecimal("199.00"), new BigDecimal("20.00"), new BigDecimal("10.00"),
                        BigDecimal.ZERO, new BigDecimal("189.00"), "CNY"),
                new OrderTimes(T0, T0.plusMinutes(1), modified, T0.plusDays(2), null, null),
                true, LocalDate.of(2026, 11, 20), false, "b***3",
                List.of(new OrderLine("SKU-500G", "4001", "Tea 500g", 1, "bag", new BigDecimal("199.00"),
                                new BigDecimal("20.00"), false, RefundState.NONE, "B2026-11"),
                        new OrderLine("GIFT-CUP", "4002", "Cup", 1, "pcs", new BigDecimal("0.00"),
                                new BigDecimal("0.00"), true, RefundState.NONE, null)),
                List.of(new MarketingLine(MarketingType.SHOP_COUPON, FundedBy.SHOP, "满199减20", new BigDecimal("20.00"))));
    }

    public static UnifiedOrder withStatus(UnifiedOrder order, OrderStatus status, LocalDateTime modified) {
        return new UnifiedOrder(order.channel(), order.shopId(), order.platformOrderId(), status,
                order.platformStatus(), order.refundState(), order.onHold(), order.amounts(),
                new OrderTimes(order.times().created(), order.times().paid(), modified,
                        order.times().promisedShipBy(), order.times().shipped(), order.times().delivered()),
                order.presale(), order.presaleDeliveryDate(), order.crossBorder(), order.buyerRefMasked(),
                order.lines(), order.marketing(), order.texts());
    }

    /** The order with the given remark, memo and region. */
    public static UnifiedOrder withTexts(UnifiedOrder order, OrderTexts texts) {
        return new UnifiedOrder(order.channel(), order.shopId(), order.platformOrderId(), order.status(),
                order.platformStatus(), order.refundState(), order.onHold(), order.amounts(), order.times(),
                order.presale(), order.presaleDeliveryDate(), order.crossBorder(), order.buyerRefMasked(),
                order.lines(), order.marketing(), texts);
    }
}
