package io.orderhub.sandbox.truth;

import io.orderhub.sandbox.generator.SimTime;
import java.time.LocalDateTime;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON-lines form of the truth: money as strings with scale 2, times {@code yyyy-MM-dd HH:mm:ss}. */
public final class TruthJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TruthJson() {
    }

    public static ObjectNode toJson(UnifiedOrder o) {
        ObjectNode n = NODES.objectNode();
        n.put("channel", o.channel().name());
        n.put("shopId", o.shopId());
        n.put("platformOrderId", o.platformOrderId());
        n.put("status", o.status().name());
        n.put("refundState", o.refundState().name());
        n.put("onHold", o.onHold());
        n.put("goodsAmount", o.goodsAmount().toPlainString());
        n.put("discountAmount", o.discountAmount().toPlainString());
        n.put("freightAmount", o.freightAmount().toPlainString());
        n.put("taxAmount", o.taxAmount().toPlainString());
        n.put("paidAmount", o.paidAmount().toPlainString());
        n.put("createdAt", text(o.createdAt()));
        n.put("paidAt", text(o.paidAt()));
        n.put("modifiedAt", text(o.modifiedAt()));
        n.put("shippedAt", text(o.shippedAt()));
        n.put("deliveredAt", text(o.deliveredAt()));
        n.put("promisedShipBy", text(o.promisedShipBy()));
        n.put("buyerRef", o.buyerRef());
        n.put("buyerRemark", o.buyerRemark());
        n.put("sellerMemo", o.sellerMemo());
        n.put("receiverRegion", o.receiverRegion());
        n.put("presale", o.presale());
        n.put("expectedDelivery", o.expectedDelivery() == null ? null : o.expectedDelivery().toString());
        n.put("crossBorder", o.crossBorder());
        ArrayNode lines = n.putArray("lines");
        for (UnifiedLine line : o.lines()) {
            lines.addObject().put("sku", line.sku()).put("platformSku", line.platformSku())
                    .put("quantity", line.quantity()).put("unitPrice", line.unitPrice().toPlainString())
                    .put("discountShare", line.discountShare().toPlainString())
                    .put("gift", line.gift()).put("refundState", line.refundState().name());
        }
        ArrayNode marketing = n.putArray("marketing");
        for (MarketingLine line : o.marketing()) {
            marketing.addObject().put("type", line.type().name()).put("fundedBy", line.fundedBy().name())
                    .put("amount", line.amount().toPlainString());
        }
        n.put("consistent", o.consistent());
        n.put("inconsistency", o.inconsistency().name());
        n.put("payloadDefect", o.payloadDefect().name());
        return n;
    }

    private static String text(LocalDateTime time) {
        return time == null ? null : SimTime.TEXT.format(time);
    }
}
