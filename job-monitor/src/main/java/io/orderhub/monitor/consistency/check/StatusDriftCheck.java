package io.orderhub.monitor.consistency.check;

import java.util.List;

/**
 * Check 6: status drift. Shipped in the WMS but not shipped here (the channel's state as synced): "warehouse
 * shipped, system says pending"; paid at the gateway but PENDING_PAYMENT here; cancelled here but still on the
 * WMS pick list.
 */
public class StatusDriftCheck implements ConsistencyCheck {

    private static final List<CheckRule> RULES = List.of(
            new CheckRule(CheckName.STATUS_DRIFT, "wms_shipped", TheirSystem.WMS, FindingSeverity.HIGH,
                    "re-fetch the order; if the channel still says unshipped, upload the"
                            + " tracking number to the channel",
                    "SELECT o.order_no, o.channel, o.shop_id, o.status AS our_value, s.tracking AS their_value"
                            + " FROM unified_order o JOIN (SELECT s.order_no, MAX(s.tracking_no) AS tracking"
                            + " FROM cc_wms_shipment s WHERE {range:s} AND s.state = 'SHIPPED' GROUP BY s.order_no) s"
                            + " ON s.order_no = o.order_no"
                            + " WHERE {range:o}{scope} AND o.status IN ('PENDING_PAYMENT', 'PAID', 'CANCELLED')"),
            new CheckRule(CheckName.STATUS_DRIFT, "gateway_paid", TheirSystem.LEDGER, FindingSeverity.HIGH,
                    "re-fetch the order or run paymentReconcile; the buyer has paid",
                    "SELECT o.order_no, o.channel, o.shop_id, o.status AS our_value, p.paid AS their_value"
                            + " FROM unified_order o JOIN (SELECT l.order_no, SUM(l.amount) AS paid"
                            + " FROM cc_ledger_entry l WHERE {range:l} AND l.kind = 'PAYMENT' GROUP BY l.order_no) p"
                            + " ON p.order_no = o.order_no WHERE {range:o}{scope} AND o.status = 'PENDING_PAYMENT'"),
            new CheckRule(CheckName.STATUS_DRIFT, "wms_pick_list", TheirSystem.WMS, FindingSeverity.HIGH,
                    "take the cancelled order off the WMS pick list before it ships",
                    "SELECT o.order_no, o.channel, o.shop_id, o.status AS our_value, 'PICKING' AS their_value"
                            + " FROM unified_order o WHERE {range:o}{scope} AND o.status = 'CANCELLED'"
                            + " AND EXISTS (SELECT 1 FROM cc_wms_shipment s WHERE s.order_no = o.order_no"
                            + " AND s.state = 'PICKING')"));

    @Override
    public CheckName name() {
        return CheckName.STATUS_DRIFT;
    }

    @Override
    public List<CheckRule> rules() {
        return RULES;
    }
}
