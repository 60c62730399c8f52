package io.orderhub.monitor.consistency.check;

import java.util.List;

/**
 * Check 2: a refund not marked, in both directions. The ledger refunded the whole payment but our order (the
 * channel's state as synced) is not REFUNDED; our order is REFUNDED but the ledger holds no full refund; our order
 * and the ERP disagree on whether it was refunded.
 */
public class RefundCheck implements ConsistencyCheck {

    private static final String LEDGER_TOTALS = "(SELECT l.order_no,"
            + " SUM(CASE WHEN l.kind = 'PAYMENT' THEN l.amount ELSE 0 END) AS paid,"
            + " SUM(CASE WHEN l.kind = 'REFUND' THEN l.amount ELSE 0 END) AS refunded"
            + " FROM cc_ledger_entry l WHERE {range:l} GROUP BY l.order_no) g";

    private static final List<CheckRule> RULES = List.of(
            new CheckRule(CheckName.REFUND, "refund_state", TheirSystem.LEDGER, FindingSeverity.HIGH,
                    "re-fetch the order; if the channel also says refunded, mark it refunded",
                    "SELECT o.order_no, o.channel, o.shop_id, o.refund_state AS our_value, g.refunded AS their_value"
                            + " FROM unified_order o JOIN " + LEDGER_TOTALS + " ON g.order_no = o.order_no"
                            + " WHERE {range:o}{scope} AND g.refunded > 0 AND g.refunded >= g.paid"
                            + " AND o.refund_state <> 'REFUNDED'"),
            new CheckRule(CheckName.REFUND, "ledger_refund", TheirSystem.LEDGER, FindingSeverity.HIGH,
                    "find the refund in the gateway's bill; the buyer may not have been paid back",
                    "SELECT o.order_no, o.channel, o.shop_id, o.refund_state AS our_value,"
                            + " COALESCE(g.refunded, 0) AS their_value"
                            + " FROM unified_order o LEFT JOIN " + LEDGER_TOTALS + " ON g.order_no = o.order_no"
                            + " WHERE {range:o}{scope} AND o.refund_state = 'REFUNDED'"
                            + " AND (COALESCE(g.refunded, 0) = 0 OR g.refunded < g.paid)"),
            new CheckRule(CheckName.REFUND, "erp_refunded", TheirSystem.ERP, FindingSeverity.MEDIUM,
                    "mark the refund in the ERP (or undo it there) so stock and revenue follow",
                    "SELECT o.order_no, o.channel, o.shop_id, o.refund_state AS our_value, e.refunded AS their_value"
                            + " FROM unified_order o JOIN cc_erp_order e ON e.order_no = o.order_no AND {range:e}"
                            + " WHERE {range:o}{scope} AND CASE WHEN o.refund_state = 'REFUNDED' THEN 1 ELSE 0 END"
                            + " <> CASE WHEN e.refunded THEN 1 ELSE 0 END"));

    @Override
    public CheckName name() {
        return CheckName.REFUND;
    }

    @Override
    public List<CheckRule> rules() {
        return RULES;
    }
}
