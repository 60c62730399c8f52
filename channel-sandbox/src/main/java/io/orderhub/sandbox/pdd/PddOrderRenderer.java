package io.orderhub.sandbox.pdd;

import io.orderhub.sandbox.generator.Inconsistency;
import io.orderhub.sandbox.generator.Money;
import io.orderhub.sandbox.generator.PayloadDefect;
import io.orderhub.sandbox.generator.SimLine;
import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.generator.SimTexts;
import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.generator.RefundState;
import io.orderhub.sandbox.http.SandboxJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * A PDD order: money as JSON numbers in yuan written as exact decimal text (12.5, never through a double), times as
 * {@code yyyy-MM-dd HH:mm:ss}; {@code pay_amount = goods_amount − discount_amount + postage}.
 */
final class PddOrderRenderer {
    private PddOrderRenderer() {
    }

    /** Order-level refund_status as served: 4 refunded, 2 requested, 1 none (also when the refund is not reflected). */
    static int refundStatus(SimOrder o) {
        if (o.inconsistency() == Inconsistency.REFUND_NOT_REFLECTED) {
            return 1;
        }
        return switch (o.refundState()) {
            case REFUNDED, PARTIAL -> 4;
            case REQUESTED -> 2;
            default -> 1;
        };
    }

    static ObjectNode order(SimOrder o) {
        ObjectNode n = SandboxJson.object();
        n.put("order_sn", o.orderId());
        n.put("order_status", o.defect() == PayloadDefect.UNKNOWN_STATUS ? 99 : status(o));
        n.put("refund_status", refundStatus(o));
        // REFUND_NOT_REFLECTED: the after-sale record says refunded (5) but refund_status still says 1 (无售后).
        n.put("after_sales_status", o.refundState() == RefundState.NONE ? 0 : o.refundState() == RefundState.REQUESTED
                ? 2 : 5);
        n.put("confirm_status", 1);
        n.put("created_time", SimTime.text(o.timeline().createdAt()));
        n.put("updated_at", SimTime.text(o.modifiedAt()));
        String payTime = SimTime.text(o.timeline().paidAt());
        n.put("confirm_time", payTime);
        n.put("pay_time", payTime);
        time(n, "shipping_time", o.at(o.timeline().shippedAt()));
        time(n, "receive_time", o.at(o.timeline().deliveredAt()));
        n.put("last_ship_time", o.promisedShipBy() == 0 ? "" : SimTime.text(o.promisedShipBy()));
        money(n, "goods_amount", o.goodsFen());
        money(n, "discount_amount", o.discountFen());
        money(n, "platform_discount", o.promotionFen("platform"));
        money(n, "seller_discount", o.promotionFen("seller"));
        money(n, "capital_free_discount", o.promotionFen("capital_free"));
        money(n, "postage", o.freightFen());
        if (o.defect() == PayloadDefect.NON_NUMERIC_AMOUNT) {
            n.put("pay_amount", "12.5元");
        } else {
            money(n, "pay_amount", o.paidFen());
        }
        n.put("is_pre_sale", o.presale() ? 1 : 0);
        n.put("pre_sale_time", o.presale() && o.timeline().expectedDeliveryAt() != 0
                ? SimTime.text(o.timeline().expectedDeliveryAt()) : "");
        n.put("trade_type", 0);
        n.putNull("step_order_info");
        texts(n, o.texts());
        ArrayNode items = n.putArray("item_list");
        for (SimLine line : o.lines()) {
            ObjectNode item = items.addObject();
            item.put("goods_id", line.productId());
            item.put("sku_id", line.platformSku());
            item.put("outer_id", line.sku());
            item.put("outer_goods_id", line.sku().substring(0, line.sku().lastIndexOf('-')));
            item.put("goods_name", line.title());
            money(item, "goods_price", line.unitPriceFen());
            item.put("goods_spec", line.title().substring(line.title().lastIndexOf(' ') + 1));
            item.put("goods_count", line.quantity());
        }
        return n;
    }

    /**
     * {@code buyer_memo} 买家留言信息 and {@code remark} 商家订单备注 ({@code ""} when there is none), and the region's
     * {@code province}, {@code city}, {@code town} (区县) as plain names; PDD has no township field, and the receiver's
     * {@code address} comes encrypted. No address: the three names are left out.
     */
    private static void texts(ObjectNode n, SimTexts texts) {
        n.put("buyer_memo", texts.buyerRemark() == null ? "" : texts.buyerRemark());
        n.put("remark", texts.sellerMemo() == null ? "" : texts.sellerMemo());
        SandboxJson.putPresent(n, "province", texts.province());
        SandboxJson.putPresent(n, "city", texts.city());
        SandboxJson.putPresent(n, "town", texts.district());
        n.put("address", "~AgAAAAsandbox~");
    }

    static int status(SimOrder o) {
        return switch (o.status()) {
            case SHIPPED, PARTIALLY_SHIPPED -> 2;
            case DELIVERED, COMPLETED -> 3;
            default -> 1;
        };
    }

    private static void money(ObjectNode n, String name, long fen) {
        n.putRawValue(name, new RawValue(Money.yuanNumber(fen)));
    }

    private static void time(ObjectNode n, String name, long epochSecond) {
        n.put(name, epochSecond == 0 ? "" : SimTime.text(epochSecond));
    }
}
