package io.orderhub.common.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An order from any channel in one shape. Identity is (channel, shopId, platformOrderId); the platform's
 * modified time orders versions of the same order, so an older version never overwrites a newer one.
 *
 * @param platformStatus        the platform's own status text, kept for audits and for re-mapping
 * @param presaleDeliveryDate   the promised delivery date of a presale order, null when the platform gave none
 * @param buyerRefMasked        a masked buyer reference (never full buyer data)
 * @param texts                 the remark, memo and receiver region freeze rules read ({@link OrderTexts#NONE} when
 *                              the platform gave none)
 */
public record UnifiedOrder(
        Channel channel,
        String shopId,
        String platformOrderId,
        OrderStatus status,
        String platformStatus,
        RefundState refundState,
        boolean onHold,
        OrderAmounts amounts,
        OrderTimes times,
        boolean presale,
        LocalDate presaleDeliveryDate,
        boolean crossBorder,
        String buyerRefMasked,
        List<OrderLine> lines,
        List<MarketingLine> marketing,
        OrderTexts texts) {

    public UnifiedOrder {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(platformOrderId, "platformOrderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(platformStatus, "platformStatus");
        Objects.requireNonNull(refundState, "refundState");
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(times, "times");
        lines = List.copyOf(lines);
        marketing = List.copyOf(marketing);
        Objects.requireNonNull(texts, "texts");
    }

    /** An order without texts: what a platform that sends none, and most tests, build. */
    public UnifiedOrder(Channel channel, String shopId, String platformOrderId, OrderStatus status,
            String platformStatus, RefundState refundState, boolean onHold, OrderAmounts amounts, OrderTimes times,
            boolean presale, LocalDate presaleDeliveryDate, boolean crossBorder, String buyerRefMasked,
            List<OrderLine> lines, List<MarketingLine> marketing) {
        this(channel, shopId, platformOrderId, status, platformStatus, refundState, onHold, amounts, times, presale,
                presaleDeliveryDate, crossBorder, buyerRefMasked, lines, marketing, OrderTexts.NONE);
    }

    public String orderNo() {
        return channel.orderNo(platformOrderId);
    }
}
