package io.orderhub.sync.channel.jd;

import io.orderhub.common.money.Yuan;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.MarketingLine;
import io.orderhub.common.order.OrderAmounts;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.OrderTimes;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.sync.channel.AmountInvariants;
import io.orderhub.sync.channel.BuyerMask;
import io.orderhub.sync.channel.JsonFields;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.OrderMapper;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.status.StatusMapping;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A POP {@code orderInfo} (as in {@code orderInfoList[]} or {@code orderDetailInfo.orderInfo}) → unified order,
 * following docs/unified-model.md. Every POP field is a string, amounts are yuan text.
 *
 * <p>Line refunds and presale are read where docs/unified-model.md says (names from JD's newer order API, as the POP
 * search docs list none): a line's {@code afsInfoList[].refundStatus} through {@code status_mapping} (kind REFUND;
 * an unknown code is quarantined), several after-sales on one line → the most advanced state; presale =
 * {@code orderFlag.preSaleOrder}, expected delivery = the date of {@code appointmentCalendar.opDeliveredTime}.
 * Still unset: shipping and promised-ship times.
 */
final class JdOrderMapper implements OrderMapper {

    /** JD's "no time" for {@code paymentConfirmTime} of an unpaid order. */
    private static final String NO_TIME = "0001-01-01 00:00:00";
    /** A line's discount share is the couponPrice of its skuId in couponDetailList. */
    private static final AmountInvariants AMOUNTS = new AmountInvariants("orderInfo.orderTotalPrice",
            "orderInfo.orderPayment", "orderInfo.itemInfoList", "skuId → couponDetailList[].couponPrice");

    @Override
    public UnifiedOrder map(String shopId, RawOrder raw, StatusMapping statuses) {
        JsonFields order = new JsonFields(raw.json(), "orderInfo");
        String orderId = order.text("orderId");
        String orderState = order.text("orderState");
        StatusMapping.Mapped status = statuses.orderStatus(Channel.JD, orderState)
                .orElseThrow(() -> new MappingFailure(QuarantineReason.UNKNOWN_STATUS, order.where("orderState"),
                        "status '" + orderState + "' is not in the mapping"));

        // orderTotalPrice is goods only; orderPayment includes freight and tax but not the part the buyer paid from
        // the JD account balance (balanceUsed, 余额): the buyer paid both. The discount is what is left over.
        BigDecimal goods = order.yuan("orderTotalPrice", false);
        BigDecimal freight = order.yuan("freightPrice", true);
        BigDecimal tax = order.yuan("taxFee", true);
        BigDecimal paid = order.yuan("orderPayment", false).add(order.yuan("balanceUsed", true));
        List<JsonFields> coupons = order.array("couponDetailList");
        List<OrderLine> lines = lines(order, discountBySku(coupons), statuses);
        boolean presale = presale(order);
        LocalDateTime expectedDelivery = presale && order.has("appointmentCalendar")
                ? order.object("appointmentCalendar").dateTime("opDeliveredTime", true, NO_TIME) : null;
        LocalDateTime endTime = order.dateTime("orderEndTime", true, NO_TIME);

        return AMOUNTS.check(new UnifiedOrder(Channel.JD, shopId, orderId, status.status(), orderState,
                RefundState.ofLines(lines.stream().map(OrderLine::refundState).toList()), status.onHold(),
                new OrderAmounts(goods, goods.add(freight).add(tax).subtract(paid), freight, tax, paid, "CNY"),
                new OrderTimes(order.dateTime("orderStartTime", false), order.dateTime("paymentConfirmTime", true, NO_TIME),
                        order.dateTime("modified", false), null, null,
                        status.status() == OrderStatus.COMPLETED ? endTime : null),
                presale, expectedDelivery == null ? null : expectedDelivery.toLocalDate(),
                // The unified model names no cross-border flag for JD; taxFee is only charged on cross-border goods.
                tax.signum() > 0,
                BuyerMask.mask(order.textOrNull("pin")),
                lines, marketing(coupons), texts(order)));
    }

    /**
     * {@code orderRemark} 买家下单时订单备注, {@code venderRemark} 商家订单备注 (≤ 500 characters), and of
     * {@code consigneeInfo} only {@code province}, {@code city}, {@code county}, {@code town}: its name, phones
     * and {@code fullAddress} are not read.
     */
    private static OrderTexts texts(JsonFields order) {
        String region = null;
        if (order.has("consigneeInfo")) {
            JsonFields consignee = order.object("consigneeInfo");
            region = OrderTexts.region(consignee.textOrNull("province"), consignee.textOrNull("city"),
                    consignee.textOrNull("county"), consignee.textOrNull("town"));
        }
        return new OrderTexts(order.textOrNull("orderRemark"), order.textOrNull("venderRemark"), region);
    }

    /** {@code orderFlag.preSaleOrder}: a JSON boolean in JD's order API; the text "true" is read the same. */
    private static boolean presale(JsonFields order) {
        if (!order.has("orderFlag")) {
            return false;
        }
        JsonFields flag = order.object("orderFlag");
        if (!flag.has("preSaleOrder")) {
            return false;
        }
        String value = flag.text("preSaleOrder");
        if (!value.equals("true") && !value.equals("false")) {
            throw flag.invalid("preSaleOrder", "expected true or false: '" + value + "'");
        }
        return value.equals("true");
    }

    private static RefundState lineRefund(JsonFields item, StatusMapping statuses) {
        RefundState state = RefundState.NONE;
        for (JsonFields afs : item.array("afsInfoList")) {
            String code = afs.text("refundStatus");
            RefundState mapped = statuses.refundState(Channel.JD, code)
                    .orElseThrow(() -> new MappingFailure(QuarantineReason.UNKNOWN_STATUS, afs.where("refundStatus"),
                            "refund status '" + code + "' is not in the mapping"));
            if (rank(mapped) > rank(state)) {
                state = mapped;
            }
        }
        return state;
    }

    private static int rank(RefundState state) {
        return switch (state) {
            case NONE -> 0;
            case REQUESTED -> 1;
            case PARTIAL, REFUNDED -> 2;
        };
    }

    private static List<OrderLine> lines(JsonFields order, Map<String, BigDecimal> discountBySku,
                                         StatusMapping statuses) {
        List<OrderLine> lines = new ArrayList<>();
        for (JsonFields item : order.array("itemInfoList")) {
            BigDecimal unitPrice = item.yuan("jdPrice", false);
            String skuId = item.textOrNull("skuId");
            // A SKU on several lines (same goods at another price): its coupons count once, on the first of them,
            // so the line shares never add up to more than the coupons.
            BigDecimal share = skuId == null ? null : discountBySku.remove(skuId);
            lines.add(new OrderLine(item.textOrNull("outerSkuId"), skuId, item.textOrNull("skuName"),
                    item.integer("itemTotal"), null, unitPrice, share == null ? Yuan.ZERO : share,
                    unitPrice.signum() == 0, lineRefund(item, statuses), null));
        }
        return lines;
    }

    private static List<MarketingLine> marketing(List<JsonFields> coupons) {
        List<MarketingLine> lines = new ArrayList<>();
        for (JsonFields coupon : coupons) {
            String couponType = coupon.text("couponType");
            JdCouponType type = JdCouponType.of(couponType);
            lines.add(new MarketingLine(type.type(), type.fundedBy(), type.name(couponType),
                    coupon.yuan("couponPrice", false)));
        }
        return lines;
    }

    /** Coupons name the SKU they were applied to; one without a SKU is order-level and no line's share. */
    private static Map<String, BigDecimal> discountBySku(List<JsonFields> coupons) {
        Map<String, BigDecimal> shares = new HashMap<>();
        for (JsonFields coupon : coupons) {
            if (coupon.has("skuId")) {
                shares.merge(coupon.text("skuId"), coupon.yuan("couponPrice", false), BigDecimal::add);
            }
        }
        return shares;
    }
}
