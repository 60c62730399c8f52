package io.orderhub.monitor.consistency.check;

import java.util.List;

/**
 * Check 1: the same order's money differs, to the fen, between us (the channel's amounts as synced), the payment
 * ledger and the ERP; or our own order does not add up: lines − marketing + freight + tax ≠ paid.
 */
public class AmountCheck implements ConsistencyCheck {

    private static final List<CheckRule> RULES = List.of(
            new CheckRule(CheckName.AMOUNT, "ledger_paid_amount", TheirSystem.LEDGER, FindingSeverity.HIGH,
                    "compare the gateway's bill with the channel's order; re-fetch the order if the channel changed it",
                    "SELECT o.order_no, o.channel, o.shop_id, o.paid_amount AS our_value, p.paid AS their_value"
                            + " FROM unified_order o JOIN (SELECT l.order_no, SUM(l.amount) AS paid"
                            + " FROM cc_ledger_entry l WHERE {range:l} AND l.kind = 'PAYMENT' GROUP BY l.order_no) p"
                            + " ON p.order_no = o.order_no WHERE {range:o}{scope} AND p.paid <> o.paid_amount"),
            new CheckRule(CheckName.AMOUNT, "erp_order_amount", TheirSystem.ERP, FindingSeverity.HIGH,
                    "correct the ERP order's amount to the paid amount, or find the price change it missed",
                    "SELECT o.order_no, o.channel, o.shop_id, o.paid_amount AS our_value, e.order_amount AS their_value"
                            + " FROM unified_order o JOIN cc_erp_order e ON e.order_no = o.order_no AND {range:e}"
                            + " WHERE {range:o}{scope} AND e.order_amount <> o.paid_amount"),
            new CheckRule(CheckName.AMOUNT, "amount_balance", TheirSystem.OURS, FindingSeverity.MEDIUM,
                    "re-fetch the order: its lines − marketing + freight + tax do not make the paid amount",
                    "SELECT o.order_no, o.channel, o.shop_id, o.paid_amount AS our_value,"
                            + " COALESCE(g.goods, 0) - COALESCE(m.marketing, 0) + o.freight_amount + o.tax_amount"
                            + " AS their_value FROM unified_order o"
                            + " LEFT JOIN (SELECT l.order_no, SUM(l.quantity * l.unit_price) AS goods FROM order_line l"
                            + " WHERE {range:l} GROUP BY l.order_no) g ON g.order_no = o.order_no"
                            + " LEFT JOIN (SELECT m.order_no, SUM(m.amount) AS marketing FROM order_marketing m"
                            + " WHERE {range:m} GROUP BY m.order_no) m ON m.order_no = o.order_no"
                            + " WHERE {range:o}{scope} AND COALESCE(g.goods, 0) - COALESCE(m.marketing, 0)"
                            + " + o.freight_amount + o.tax_amount <> o.paid_amount"));

    @Override
    public CheckName name() {
        return CheckName.AMOUNT;
    }

    @Override
    public List<CheckRule> rules() {
        return RULES;
    }
}
