package io.orderhub.monitor.consistency.check;

import java.util.List;

/**
 * External records of an order {@code unified_order} lacks: the ERP's sales order, a WMS shipment or a ledger entry
 * whose order number (derived from channel + platform order id on staging) is not ours — the sync lost the order, or
 * it belongs to a shop we do not sync. One finding per system, {@code our_value} empty, {@code their_value} the
 * platform order id, shop {@value #UNKNOWN_SHOP} (the external rows do not name one).
 *
 * <p>The staging table stands in as {@code o} so the scope's channel condition applies to it; a run limited to shops
 * or a creation window cannot judge orders it does not have, so the check runs only in runs limited at most by
 * channel ({@link #covers}).
 */
public class MissingHereCheck implements ConsistencyCheck {

    public static final String UNKNOWN_SHOP = "(unknown)";

    private static final String ACTION = "re-fetch the order from its channel (orderRefetch); if its shop is not"
            + " synced here, onboard the shop or settle it by hand";

    private static final List<CheckRule> RULES = List.of(
            rule("erp_order", TheirSystem.ERP, FindingSeverity.MEDIUM, "cc_erp_order"),
            rule("wms_shipment", TheirSystem.WMS, FindingSeverity.HIGH, "cc_wms_shipment"),
            rule("ledger_entry", TheirSystem.LEDGER, FindingSeverity.HIGH, "cc_ledger_entry"));

    private static CheckRule rule(String field, TheirSystem system, FindingSeverity severity, String staging) {
        return new CheckRule(CheckName.MISSING_HERE, field, system, severity, ACTION,
                "SELECT o.order_no, MIN(o.channel) AS channel, '" + UNKNOWN_SHOP + "' AS shop_id,"
                        + " NULL AS our_value, MIN(o.platform_order_id) AS their_value"
                        + " FROM " + staging + " o WHERE {range:o}{scope} AND NOT EXISTS (SELECT 1 FROM unified_order u"
                        + " WHERE u.order_no = o.order_no) GROUP BY o.order_no");
    }

    @Override
    public CheckName name() {
        return CheckName.MISSING_HERE;
    }

    @Override
    public List<CheckRule> rules() {
        return RULES;
    }

    @Override
    public boolean covers(OrderScope scope) {
        return scope.shops().isEmpty() && scope.from() == null && scope.to() == null;
    }
}
