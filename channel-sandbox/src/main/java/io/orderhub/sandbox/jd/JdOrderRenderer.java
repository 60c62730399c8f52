package io.orderhub.sandbox.jd;

import io.orderhub.sandbox.generator.FundedBy;
import io.orderhub.sandbox.generator.Money;
import io.orderhub.sandbox.generator.PayloadDefect;
import io.orderhub.sandbox.generator.RefundState;
import io.orderhub.sandbox.generator.SimLine;
import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.generator.SimPromotion;
import io.orderhub.sandbox.generator.SimTexts;
import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.http.SandboxJson;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A POP order with every field a string; {@code orderTotalPrice} is the goods amount, {@code orderSellerPrice} =
 * total − sellerDiscount, {@code orderPayment} what the buyer pays. Only fields named in optional_fields are kept.
 * {@code couponType} is rendered as JD shows it, {@code "41-京东券"}: the number, a dash and the label.
 *
 * <p>Refunds and presale: POP search's published field list has neither, so the names come from JD's newer order
 * API (sp-order {@code orders}): per item {@code afsInfoList[]{afsOrderId, refundStatus, refundStatusDesc}} (absent = no after-sale), per order {@code orderFlag.preSaleOrder} (boolean) and,
 * for a dated presale, {@code appointmentCalendar.opDeliveredTime}. {@code refundStatus} values are those of JD's
 * refund-apply (退款审核单) status: "0" 未审核 while requested, "3" 京东财务审核通过 once refunded.
 */
final class JdOrderRenderer {
    static final String UNPAID = "0001-01-01 00:00:00";

    private JdOrderRenderer() {
    }

    static ObjectNode order(SimOrder o, Set<String> fields) {
        ObjectNode n = SandboxJson.object();
        String state = o.defect() == PayloadDefect.UNKNOWN_STATUS ? "UNKNOWN_STATE_X" : state(o);
        long sellerDiscount = o.promotions().stream()
                .filter(p -> p.fundedBy() == FundedBy.SHOP)
                .mapToLong(SimPromotion::amountFen).sum();
        n.put("orderId", o.orderId());
        n.put("venderId", o.shopId());
        n.put("orderType", "22");
        n.put("payType", "4-在线支付");
        n.put("orderTotalPrice", Money.yuanText(o.goodsFen()));
        n.put("orderSellerPrice", Money.yuanText(o.goodsFen() - sellerDiscount));
        n.put("orderPayment", o.defect() == PayloadDefect.NON_NUMERIC_AMOUNT ? "abc" : Money.yuanText(o.paidFen()));
        n.put("freightPrice", Money.yuanText(o.freightFen()));
        n.put("sellerDiscount", Money.yuanText(sellerDiscount));
        n.put("taxFee", Money.yuanText(o.taxFen()));
        n.put("orderState", state);
        n.put("orderStateRemark", remark(state));
        n.put("orderStartTime", SimTime.text(o.timeline().createdAt()));
        long paid = o.at(o.timeline().paidAt());
        n.put("paymentConfirmTime", paid == 0 ? UNPAID : SimTime.text(paid));
        n.put("modified", SimTime.text(o.modifiedAt()));
        long completed = o.at(o.timeline().completedAt());
        n.put("orderEndTime", completed == 0 ? "" : SimTime.text(completed));
        texts(n, o.texts());
        n.put("pin", o.buyerRef());
        n.putObject("orderFlag").put("preSaleOrder", o.presale());
        long expected = o.timeline().expectedDeliveryAt();
        if (o.presale() && expected != 0) {
            n.putObject("appointmentCalendar").put("opDeliveredTime", SimTime.text(expected));
        }
        ArrayNode items = n.putArray("itemInfoList");
        for (SimLine line : o.lines()) {
            ObjectNode item = items.addObject()
                    .put("skuId", Long.toString(line.platformSku()))
                    .put("outerSkuId", line.sku())
                    .put("skuName", line.title())
                    .put("jdPrice", Money.yuanText(line.unitPriceFen()))
                    .put("itemTotal", Integer.toString(line.quantity()))
                    .put("wareId", Long.toString(line.productId()));
            if (line.refundState() != RefundState.NONE) {
                boolean refunded = line.refundState() == RefundState.REFUNDED;
                item.putArray("afsInfoList").addObject()
                        .put("afsOrderId", Long.toString(o.numericId() % 1_000_000_000L * 100 + 10
                                + Integer.parseInt(line.lineId())))
                        .put("refundStatus", refunded ? "3" : "0")
                        .put("refundStatusDesc", refunded ? "京东财务审核通过" : "未审核");
            }
        }
        ArrayNode coupons = n.putArray("couponDetailList");
        String firstSku = Long.toString(o.lines().get(0).platformSku());
        for (SimPromotion p : o.promotions()) {
            coupons.addObject()
                    .put("orderId", o.orderId())
                    .put("skuId", firstSku)
                    .put("couponType", p.code() + "-" + p.name())
                    .put("couponPrice", Money.yuanText(p.amountFen()));
        }
        n.retain(fields);
        return n;
    }

    /**
     * {@code orderRemark} 买家下单时订单备注, {@code venderRemark} 商家订单备注 and {@code consigneeInfo} (JOS
     * {@code UserInfo}): the region's {@code province}/{@code city}/{@code county}/{@code town} beside the receiver's
     * masked name, phone and address, which the suite must not keep. An absent text is left out.
     */
    private static void texts(ObjectNode n, SimTexts texts) {
        SandboxJson.putPresent(n, "orderRemark", texts.buyerRemark());
        SandboxJson.putPresent(n, "venderRemark", texts.sellerMemo());
        if (texts.province() == null && texts.city() == null && texts.district() == null) {
            return;
        }
        ObjectNode consignee = n.putObject("consigneeInfo");
        consignee.put("fullname", "张**").put("mobile", "138****0000").put("telephone", "")
                .put("fullAddress", "**********");
        SandboxJson.putPresent(consignee, "province", texts.province());
        SandboxJson.putPresent(consignee, "city", texts.city());
        SandboxJson.putPresent(consignee, "county", texts.district());
        SandboxJson.putPresent(consignee, "town", texts.town());
    }

    static String state(SimOrder o) {
        if (o.onHold()) {
            return o.index() % 2 == 0 ? "LOCKED" : "PAUSE";
        }
        return switch (o.status()) {
            case SHIPPED, PARTIALLY_SHIPPED, DELIVERED -> "WAIT_GOODS_RECEIVE_CONFIRM";
            case COMPLETED -> "FINISHED_L";
            case CANCELLED -> "TRADE_CANCELED";
            case PAID, PENDING_PAYMENT -> "WAIT_SELLER_STOCK_OUT";
        };
    }

    private static String remark(String state) {
        return switch (state) {
            case "WAIT_SELLER_STOCK_OUT" -> "等待出库";
            case "WAIT_GOODS_RECEIVE_CONFIRM" -> "等待确认收货";
            case "FINISHED_L" -> "完成";
            case "TRADE_CANCELED" -> "取消";
            case "LOCKED" -> "锁定";
            case "PAUSE" -> "暂停";
            default -> "未知";
        };
    }
}
