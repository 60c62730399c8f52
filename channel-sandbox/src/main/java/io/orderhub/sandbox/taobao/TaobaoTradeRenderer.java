package io.orderhub.sandbox.taobao;

import io.orderhub.sandbox.generator.Inconsistency;
import io.orderhub.sandbox.generator.Money;
import io.orderhub.sandbox.generator.RefundState;
import io.orderhub.sandbox.generator.OrderIds;
import io.orderhub.sandbox.generator.PayloadDefect;
import io.orderhub.sandbox.generator.SimLine;
import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.generator.SimPromotion;
import io.orderhub.sandbox.generator.SimTexts;
import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.http.SandboxJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A TOP trade: money as yuan strings, times GMT+8 text, sub-orders under {@code orders.order}, promotions under
 * {@code promotion_details.promotion_detail}. Per line {@code total_fee = price × num − discount_fee} and
 * {@code payment = total_fee − part_mjz_discount}; the sandbox books each line's discount share as part_mjz_discount.
 */
final class TaobaoTradeRenderer {
    private TaobaoTradeRenderer() {
    }

    static ObjectNode trade(SimOrder o) {
        ObjectNode t = SandboxJson.object();
        t.put("tid", o.numericId());
        t.put("tid_str", o.orderId());
        t.put("status", o.defect() == PayloadDefect.UNKNOWN_STATUS ? "TRADE_STATUS_UNKNOWN_X" : status(o));
        t.put("type", o.presale() ? "step" : "fixed");
        t.put("seller_nick", o.shopId());
        t.put("buyer_open_uid", o.buyerRef());
        t.put("created", SimTime.text(o.timeline().createdAt()));
        t.put("modified", SimTime.text(o.modifiedAt()));
        putTime(t, "pay_time", o.at(o.timeline().paidAt()));
        putTime(t, "consign_time", o.firstShippedAt());
        long end = o.at(o.timeline().completedAt()) != 0 ? o.at(o.timeline().completedAt())
                : o.at(o.timeline().cancelledAt());
        putTime(t, "end_time", end);
        if (o.promisedShipBy() != 0) {
            t.put("est_con_time", SimTime.text(o.promisedShipBy()));
        }
        t.put("total_fee", Money.yuanText(o.goodsFen()));
        t.put("post_fee", Money.yuanText(o.freightFen()));
        t.put("payment", o.defect() == PayloadDefect.NON_NUMERIC_AMOUNT ? "--" : Money.yuanText(o.paidFen()));
        t.put("discount_fee", Money.yuanText(o.promotionFen("shopbonus") + o.promotionFen("mjs")));
        t.put("adjust_fee", "0.00");
        if (o.crossBorder()) {
            t.put("order_tax_fee", Money.yuanText(o.taxFen()));
        }
        if (o.presale()) {
            stepFields(t, o);
        }
        texts(t, o.texts());
        ArrayNode orders = t.putObject("orders").putArray("order");
        for (int i = 0; i < o.lines().size(); i++) {
            orders.add(line(o, o.lines().get(i), i));
        }
        if (!o.promotions().isEmpty()) {
            ArrayNode details = t.putObject("promotion_details").putArray("promotion_detail");
            for (int i = 0; i < o.promotions().size(); i++) {
                SimPromotion p = o.promotions().get(i);
                details.addObject()
                        .put("id", o.numericId() / 1000 + i)
                        .put("promotion_id", p.code() + "-" + (1000 + o.index() % 9000) + "_" + (i + 1))
                        .put("promotion_name", p.name())
                        .put("discount_fee", Money.yuanText(p.amountFen()));
            }
        }
        return t;
    }

    /**
     * TOP {@code Trade.buyer_message} 买家留言, {@code seller_memo} 卖家备注 and the receiver's region
     * {@code receiver_state}/{@code _city}/{@code _district}/{@code _town}, plain strings; TOP leaves out a field
     * that has no value, and so does the sandbox for an absent text (an empty one is sent as it is).
     */
    private static void texts(ObjectNode t, SimTexts texts) {
        SandboxJson.putPresent(t, "buyer_message", texts.buyerRemark());
        SandboxJson.putPresent(t, "seller_memo", texts.sellerMemo());
        SandboxJson.putPresent(t, "receiver_state", texts.province());
        SandboxJson.putPresent(t, "receiver_city", texts.city());
        SandboxJson.putPresent(t, "receiver_district", texts.district());
        SandboxJson.putPresent(t, "receiver_town", texts.town());
    }

    private static void stepFields(ObjectNode t, SimOrder o) {
        long deposit = o.paidFen() / 5;
        if (o.paid()) {
            t.put("step_trade_status", "FRONT_PAID_FINAL_PAID");
            t.put("step_paid_fee", Money.yuanText(o.paidFen()));
        } else if (o.at(o.timeline().depositPaidAt()) != 0) {
            t.put("step_trade_status", "FRONT_PAID_FINAL_NOPAID");
            t.put("step_paid_fee", Money.yuanText(deposit));
        } else {
            t.put("step_trade_status", "FRONT_NOPAID_FINAL_NOPAID");
            t.put("step_paid_fee", "0.00");
        }
    }

    private static ObjectNode line(SimOrder o, SimLine line, int i) {
        ObjectNode n = SandboxJson.object();
        String oid = OrderIds.lineId(o.channel(), o.numericId(), i);
        n.put("oid", Long.parseLong(oid));
        n.put("oid_str", oid);
        n.put("num_iid", line.productId());
        n.put("sku_id", Long.toString(line.platformSku()));
        n.put("outer_sku_id", line.sku());
        n.put("outer_iid", line.sku().substring(0, line.sku().lastIndexOf('-')));
        n.put("title", line.title());
        n.put("num", line.quantity());
        n.put("price", Money.yuanText(line.unitPriceFen()));
        n.put("discount_fee", "0.00");
        n.put("total_fee", Money.yuanText(line.goodsFen()));
        n.put("part_mjz_discount", Money.yuanText(line.discountFen()));
        n.put("payment", Money.yuanText(line.goodsFen() - line.discountFen()));
        n.put("adjust_fee", "0.00");
        // TOP closes a sub-order whose refund succeeded; REFUND_NOT_REFLECTED leaves it in the trade's status.
        n.put("status", line.refundState() == RefundState.REFUNDED
                && o.inconsistency() != Inconsistency.REFUND_NOT_REFLECTED ? "TRADE_CLOSED" : status(o));
        n.put("refund_status", switch (line.refundState()) {
            case REQUESTED -> "WAIT_SELLER_AGREE";
            case REFUNDED -> "SUCCESS";
            default -> "NO_REFUND";
        });
        if (line.gift()) {
            n.put("is_free_gift", true);
        }
        if (o.crossBorder()) {
            n.put("sub_order_tax_fee", Money.yuanText(line.taxFen()));
            n.put("sub_order_tax_rate", "0.091");
        }
        return n;
    }

    static String status(SimOrder o) {
        return switch (o.status()) {
            case PENDING_PAYMENT -> "WAIT_BUYER_PAY";
            case PAID -> "WAIT_SELLER_SEND_GOODS";
            case PARTIALLY_SHIPPED -> "SELLER_CONSIGNED_PART";
            case SHIPPED -> "WAIT_BUYER_CONFIRM_GOODS";
            case DELIVERED -> "TRADE_BUYER_SIGNED";
            case COMPLETED -> "TRADE_FINISHED";
            case CANCELLED -> "TRADE_CLOSED_BY_TAOBAO";
        };
    }

    private static void putTime(ObjectNode t, String name, long epochSecond) {
        if (epochSecond != 0) {
            t.put(name, SimTime.text(epochSecond));
        }
    }
}
