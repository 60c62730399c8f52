package io.orderhub.common.persistence;

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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Converts between the domain order and its table rows, both ways. */
public final class OrderRows {

    private OrderRows() {
    }

    public static UnifiedOrderRow header(UnifiedOrder order, LocalDateTime syncedAt) {
        UnifiedOrderRow row = new UnifiedOrderRow();
        row.orderNo = order.orderNo();
        row.channel = order.channel().name();
        row.shopId = order.shopId();
        row.platformOrderId = order.platformOrderId();
        row.status = order.status().name();
        row.platformStatus = order.platformStatus();
        row.refundState = order.refundState().name();
        row.onHold = order.onHold();
        OrderAmounts amounts = order.amounts();
        row.goodsAmount = amounts.goods();
        row.discountAmount = amounts.discount();
        row.freightAmount = amounts.freight();
        row.taxAmount = amounts.tax();
        row.paidAmount = amounts.paid();
        row.currency = amounts.currency();
        OrderTimes times = order.times();
        row.createdAt = times.created();
        row.paidAt = times.paid();
        row.platformModifiedAt = times.platformModified();
        row.promisedShipBy = times.promisedShipBy();
        row.shippedAt = times.shipped();
        row.deliveredAt = times.delivered();
        row.presale = order.presale();
        row.presaleDeliveryDate = order.presaleDeliveryDate();
        row.crossBorder = order.crossBorder();
        row.buyerRefMasked = order.buyerRefMasked();
        row.buyerRemark = order.texts().buyerRemark();
        row.sellerMemo = order.texts().sellerMemo();
        row.receiverRegion = order.texts().receiverRegion();
        row.syncedAt = syncedAt;
        return row;
    }

    public static List<OrderLineRow> lines(UnifiedOrder order) {
        List<OrderLineRow> rows = new ArrayList<>(order.lines().size());
        int lineNo = 1;
        for (OrderLine line : order.lines()) {
            OrderLineRow row = new OrderLineRow();
            row.orderNo = order.orderNo();
            row.lineNo = lineNo++;
            row.sku = line.sku();
            row.platformSku = line.platformSku();
            row.title = line.title();
            row.quantity = line.quantity();
            row.unit = line.unit();
            row.unitPrice = line.unitPrice();
            row.discountShare = line.discountShare();
            row.gift = line.gift();
            row.refundState = line.refundState().name();
            row.batchNo = line.batchNo();
            rows.add(row);
        }
        return rows;
    }

    public static List<OrderMarketingRow> marketing(UnifiedOrder order) {
        List<OrderMarketingRow> rows = new ArrayList<>(order.marketing().size());
        int seq = 1;
        for (MarketingLine line : order.marketing()) {
            OrderMarketingRow row = new OrderMarketingRow();
            row.orderNo = order.orderNo();
            row.seq = seq++;
            row.type = line.type().name();
            row.fundedBy = line.fundedBy().name();
            row.name = line.name();
            row.amount = line.amount();
            rows.add(row);
        }
        return rows;
    }

    static UnifiedOrder toOrder(UnifiedOrderRow row, List<OrderLineRow> lines, List<OrderMarketingRow> marketing) {
        return new UnifiedOrder(
                Channel.valueOf(row.channel),
                row.shopId,
                row.platformOrderId,
                OrderStatus.valueOf(row.status),
                row.platformStatus,
                RefundState.valueOf(row.refundState),
                row.onHold,
                new OrderAmounts(row.goodsAmount, row.discountAmount, row.freightAmount, row.taxAmount,
                        row.paidAmount, row.currency),
                new OrderTimes(row.createdAt, row.paidAt, row.platformModifiedAt, row.promisedShipBy, row.shippedAt,
                        row.deliveredAt),
                row.presale,
                row.presaleDeliveryDate,
                row.crossBorder,
                row.buyerRefMasked,
                lines.stream().map(OrderRows::toLine).toList(),
                marketing.stream().map(OrderRows::toMarketing).toList(),
                new OrderTexts(row.buyerRemark, row.sellerMemo, row.receiverRegion));
    }

    private static OrderLine toLine(OrderLineRow row) {
        return new OrderLine(row.sku, row.platformSku, row.title, row.quantity, row.unit, row.unitPrice,
                row.discountShare, row.gift, RefundState.valueOf(row.refundState), row.batchNo);
    }

    private static MarketingLine toMarketing(OrderMarketingRow row) {
        return new MarketingLine(MarketingType.valueOf(row.type), FundedBy.valueOf(row.fundedBy), row.name,
                row.amount);
    }
}
