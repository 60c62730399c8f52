package io.orderhub.monitor.consistency.check;

import java.util.List;

/**
 * Check 3: a gift line of an order that took a shipment (shipped here or in the WMS) with no gift stock movement
 * for its SKU in the WMS: the goods left, the stock did not move. One finding per gift line.
 */
public class GiftStockCheck implements ConsistencyCheck {

    private static final List<CheckRule> RULES = List.of(
            new CheckRule(CheckName.GIFT_STOCK, null, TheirSystem.WMS, FindingSeverity.MEDIUM,
                    "book the gift's stock deduction in the WMS",
                    "SELECT o.order_no, o.channel, o.shop_id, CONCAT('gift_line_', l.line_no) AS field,"
                            + " CONCAT(l.sku, ' x', l.quantity) AS our_value, 'no stock movement' AS their_value"
                            + " FROM unified_order o JOIN order_line l ON l.order_no = o.order_no AND {range:l}"
                            + " AND l.gift = TRUE"
                            + " WHERE {range:o}{scope} AND (o.status IN ('PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED',"
                            + " 'COMPLETED') OR EXISTS (SELECT 1 FROM cc_wms_shipment s WHERE s.order_no = o.order_no"
                            + " AND s.state = 'SHIPPED'))"
                            + " AND NOT EXISTS (SELECT 1 FROM cc_wms_stock_movement m WHERE m.order_no = l.order_no"
                            + " AND m.sku = l.sku AND m.gift = TRUE)"));

    @Override
    public CheckName name() {
        return CheckName.GIFT_STOCK;
    }

    @Override
    public List<CheckRule> rules() {
        return RULES;
    }
}
