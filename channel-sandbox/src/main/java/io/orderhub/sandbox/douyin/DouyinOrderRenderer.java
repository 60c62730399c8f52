package io.orderhub.sandbox.douyin;

import io.orderhub.sandbox.generator.Inconsistency;
import io.orderhub.sandbox.generator.OrderIds;
import io.orderhub.sandbox.generator.OrderStatus;
import io.orderhub.sandbox.generator.RefundState;
import io.orderhub.sandbox.generator.PayloadDefect;
import io.orderhub.sandbox.generator.SimLine;
import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.generator.SimTexts;
import io.orderhub.sandbox.http.SandboxJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 抖店 shop order: money in fen (integers), times in Unix seconds (0 = none), {@code sku_id} a JSON integer that
 * may exceed 2^53. {@code order_amount} = pay_amount + promotion_amount (goods + freight + tax).
 */
final class DouyinOrderRenderer {
    private DouyinOrderRenderer() {
    }

    static ObjectNode order(SimOrder o) {
        ObjectNode n = SandboxJson.object();
        n.put("order_id", o.orderId());
        n.put("shop_id", 10001 + o.shop());
        int status = status(o);
        if (o.defect() == PayloadDefect.UNKNOWN_STATUS) {
            n.put("order_status", 999);
        } else {
            n.put("order_status", status);
        }
        n.put("order_status_desc", describe(status));
        n.put("create_time", o.timeline().createdAt());
        n.put("update_time", o.modifiedAt());
        long paid = o.at(o.timeline().paidAt());
        n.put("pay_time", paid);
        n.put("ship_time", o.firstShippedAt());
        n.put("finish_time", o.at(o.timeline().completedAt()) != 0 ? o.at(o.timeline().completedAt())
                : o.at(o.timeline().cancelledAt()));
        n.put("exp_ship_time", o.promisedShipBy());
        long promotion = o.discountFen();
        n.put("order_amount", o.paidFen() + promotion);
        if (o.defect() == PayloadDefect.NON_NUMERIC_AMOUNT) {
            n.put("pay_amount", "12.5元");
        } else {
            n.put("pay_amount", o.paidFen());
        }
        n.put("post_amount", o.freightFen());
        n.put("promotion_amount", promotion);
        n.put("promotion_shop_amount", o.promotionFen("shop"));
        n.put("promotion_platform_amount", o.promotionFen("platform"));
        n.put("promotion_talent_amount", o.promotionFen("talent"));
        n.put("tax_amount", o.taxFen());
        n.put("biz", o.crossBorder() ? 21 + (int) (o.numericId() % 3) : 2);
        n.put("receipt_date", o.presale() ? o.timeline().expectedDeliveryAt() : 0);
        n.putArray("order_phase_list");
        texts(n, o.texts());
        ArrayNode skus = n.putArray("sku_order_list");
        for (int i = 0; i < o.lines().size(); i++) {
            skus.add(sku(o, o.lines().get(i), i, status));
        }
        return n;
    }

    /**
     * {@code buyer_words} 买家留言 and {@code seller_words} 商家备注 are always sent ({@code ""} when there is none);
     * {@code post_addr} (收件人地址) has {@code province}, {@code city}, {@code town} (区县) and {@code street} (街道),
     * each {@code {"name", "id"}}, and the detail only encrypted. No address: no {@code post_addr}.
     */
    private static void texts(ObjectNode n, SimTexts texts) {
        n.put("buyer_words", texts.buyerRemark() == null ? "" : texts.buyerRemark());
        n.put("seller_words", texts.sellerMemo() == null ? "" : texts.sellerMemo());
        if (texts.province() == null && texts.city() == null && texts.district() == null) {
            return;
        }
        ObjectNode address = n.putObject("post_addr");
        area(address, "province", texts.province(), "33");
        area(address, "city", texts.city(), "330100");
        area(address, "town", texts.district(), "330106");
        area(address, "street", texts.town(), "330106005");
        address.put("encrypt_detail", "#sandbox#encrypted#");
    }

    private static void area(ObjectNode address, String name, String text, String id) {
        if (text != null) {
            address.putObject(name).put("name", text).put("id", id);
        }
    }

    private static ObjectNode sku(SimOrder o, SimLine line, int i, int status) {
        ObjectNode s = SandboxJson.object();
        s.put("order_id", OrderIds.lineId(o.channel(), o.numericId(), i));
        s.put("parent_order_id", o.orderId());
        // A refunded sku order is closed (4) on Douyin; REFUND_NOT_REFLECTED leaves it in the parent's status.
        s.put("order_status", line.refundState() == RefundState.REFUNDED
                && o.inconsistency() != Inconsistency.REFUND_NOT_REFLECTED ? 4 : status);
        s.put("product_id", line.productId());
        s.put("product_name", line.title());
        s.put("sku_id", line.platformSku());
        s.put("code", line.sku());
        s.put("out_sku_id", line.sku());
        // SDK model SkuOrderListItem: origin_amount 商品现价 (unit price, fen), sum_amount 商品现价*件数,
        // promotion_amount the sku's 店铺+平台+达人 discount; freight is the shop order's post_amount only.
        s.put("item_num", line.quantity());
        s.put("origin_amount", line.unitPriceFen());
        s.put("sum_amount", line.goodsFen());
        s.put("order_amount", line.goodsFen());
        s.put("pay_amount", line.goodsFen() - line.discountFen() + line.taxFen());
        s.put("promotion_amount", line.discountFen());
        s.put("post_amount", 0);
        s.put("tax_amount", line.taxFen());
        s.put("author_id", o.authorId());
        s.put("room_id", o.roomId());
        s.put("theme_type", o.roomId() != 0 ? 1 : 0);
        s.put("c_biz", o.roomId() != 0 ? 2 : 1);
        s.put("pre_sale_type", o.presale() ? 1 : 0);
        s.put("given_product_type", line.gift() ? "FREE" : "MASTER");
        ObjectNode afterSale = s.putObject("after_sale_info");
        switch (line.refundState()) {
            case REQUESTED -> afterSale.put("after_sale_status", 6).put("after_sale_type", 2).put("refund_status", 1);
            case REFUNDED -> afterSale.put("after_sale_status", 12).put("after_sale_type", 2).put("refund_status", 3);
            // The SDK's refund_status doc: a buyer who withdraws an after-sale leaves after_sale_status 28 (售后失败)
            // with refund_status still 1 (待退款); it never moves to 4. No refund, so the truth's line says NONE.
            default -> {
                if (withdrawnAfterSale(o, i)) {
                    afterSale.put("after_sale_status", 28).put("after_sale_type", 2).put("refund_status", 1);
                } else {
                    afterSale.put("after_sale_status", 0).put("after_sale_type", 0).put("refund_status", 0);
                }
            }
        }
        return s;
    }

    /** One paid order line in ten without a refund shows an after-sale its buyer withdrew (stable per line). */
    static boolean withdrawnAfterSale(SimOrder o, int line) {
        return o.paid() && o.status() != OrderStatus.CANCELLED && Math.floorMod(o.numericId() * 31 + line, 10) == 3;
    }

    static int status(SimOrder o) {
        return switch (o.status()) {
            case PENDING_PAYMENT -> 1;
            case PAID -> o.presale() ? 105 : 2;
            case PARTIALLY_SHIPPED -> 101;
            case SHIPPED, DELIVERED -> 3;
            case CANCELLED -> 4;
            case COMPLETED -> 5;
        };
    }

    private static String describe(int status) {
        return switch (status) {
            case 1 -> "待支付";
            case 105 -> "已支付";
            case 2 -> "待发货";
            case 101 -> "部分发货";
            case 3 -> "已发货";
            case 4 -> "已取消";
            case 5 -> "已完成";
            default -> "未知";
        };
    }
}
