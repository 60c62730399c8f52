package io.orderhub.monitor.consistency.check;

import java.util.List;

/**
 * Check 4: a presale order without its own expected delivery date, or one the ERP promises to ship before that
 * date (it was scheduled against the normal promise).
 */
public class PresaleCheck implements ConsistencyCheck {

    private static final List<CheckRule> RULES = List.of(
            new CheckRule(CheckName.PRESALE, "presale_delivery_date", TheirSystem.OURS, FindingSeverity.MEDIUM,
                    "re-fetch the order; the presale's delivery date is needed before it is promised to ship",
                    "SELECT o.order_no, o.channel, o.shop_id, o.presale_delivery_date AS our_value,"
                            + " e.promised_ship_date AS their_value FROM unified_order o"
                            + " LEFT JOIN cc_erp_order e ON e.order_no = o.order_no AND {range:e}"
                            + " WHERE {range:o}{scope} AND o.presale = TRUE AND o.presale_delivery_date IS NULL"),
            new CheckRule(CheckName.PRESALE, "erp_promised_ship_date", TheirSystem.ERP, FindingSeverity.MEDIUM,
                    "move the ERP's promised date to the presale delivery date",
                    "SELECT o.order_no, o.channel, o.shop_id, o.presale_delivery_date AS our_value,"
                            + " e.promised_ship_date AS their_value FROM unified_order o"
                            + " JOIN cc_erp_order e ON e.order_no = o.order_no AND {range:e}"
                            + " WHERE {range:o}{scope} AND o.presale = TRUE"
                            + " AND e.promised_ship_date < o.presale_delivery_date"));

    @Override
    public CheckName name() {
        return CheckName.PRESALE;
    }

    @Override
    public List<CheckRule> rules() {
        return RULES;
    }
}
