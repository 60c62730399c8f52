package io.orderhub.monitor.consistency.check;

import java.util.List;

/**
 * Check 5: a cross-border order without a tax breakdown, or one taxed by the domestic rule: a tax line at the rate
 * {@code cc_tax_rate} holds for DOMESTIC (the table is the configuration; the finding shows the CROSS_BORDER rate).
 */
public class CrossBorderTaxCheck implements ConsistencyCheck {

    private static final List<CheckRule> RULES = List.of(
            new CheckRule(CheckName.CROSS_BORDER_TAX, "tax_breakdown", TheirSystem.ERP, FindingSeverity.HIGH,
                    "declare the order's tax breakdown (duty, VAT, consumption tax) before customs clearance",
                    "SELECT o.order_no, o.channel, o.shop_id, o.tax_amount AS our_value, 'none' AS their_value"
                            + " FROM unified_order o WHERE {range:o}{scope} AND o.cross_border = TRUE"
                            + " AND NOT EXISTS (SELECT 1 FROM cc_tax_line t WHERE t.order_no = o.order_no)"),
            new CheckRule(CheckName.CROSS_BORDER_TAX, "tax_rate", TheirSystem.ERP, FindingSeverity.HIGH,
                    "re-declare the tax under the cross-border rule",
                    "SELECT o.order_no, o.channel, o.shop_id, cb.rate AS our_value, t.rate AS their_value"
                            + " FROM unified_order o JOIN (SELECT t.order_no, MAX(t.rate) AS rate FROM cc_tax_line t"
                            + " JOIN cc_tax_rate d ON d.rule_name = 'DOMESTIC' AND t.rate = d.rate"
                            + " WHERE {range:t} GROUP BY t.order_no) t ON t.order_no = o.order_no"
                            + " JOIN cc_tax_rate cb ON cb.rule_name = 'CROSS_BORDER'"
                            + " WHERE {range:o}{scope} AND o.cross_border = TRUE"));

    @Override
    public CheckName name() {
        return CheckName.CROSS_BORDER_TAX;
    }

    @Override
    public List<CheckRule> rules() {
        return RULES;
    }
}
