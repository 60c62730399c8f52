package io.orderhub.sandbox.erp.ledger;

/**
 * The kinds of inconsistency the generator injects, named by the check and field a consistency check is expected
 * to report (docs/consistency.md, "What each check reports"). Written here from that document, not from the check
 * code: a misreading on either side shows up as a missed or an extra finding.
 */
public enum InjectedInconsistency {
    LEDGER_AMOUNT_DIFFERS("AMOUNT", "ledger_paid_amount"),
    ERP_AMOUNT_DIFFERS("AMOUNT", "erp_order_amount"),
    OUR_AMOUNTS_DO_NOT_ADD_UP("AMOUNT", "amount_balance"),
    LEDGER_REFUNDED_NOT_MARKED("REFUND", "refund_state"),
    MARKED_REFUNDED_NOT_IN_LEDGER("REFUND", "ledger_refund"),
    ERP_REFUND_DIFFERS("REFUND", "erp_refunded"),
    GIFT_SHIPPED_WITHOUT_STOCK("GIFT_STOCK", "gift_line_"),
    PRESALE_WITHOUT_DATE("PRESALE", "presale_delivery_date"),
    PRESALE_ERP_NORMAL_PROMISE("PRESALE", "erp_promised_ship_date"),
    CROSS_BORDER_WITHOUT_TAX("CROSS_BORDER_TAX", "tax_breakdown"),
    CROSS_BORDER_DOMESTIC_RATE("CROSS_BORDER_TAX", "tax_rate"),
    WMS_SHIPPED_NOT_HERE("STATUS_DRIFT", "wms_shipped"),
    GATEWAY_PAID_PENDING_HERE("STATUS_DRIFT", "gateway_paid"),
    CANCELLED_ON_PICK_LIST("STATUS_DRIFT", "wms_pick_list"),
    /** The order is not ours (the sync lost it, or its shop is not synced); only the ERP holds it. */
    ERP_ORDER_MISSING_HERE("MISSING_HERE", "erp_order"),
    /** The order is not ours; only the WMS holds it (shipped, with its stock movements). */
    WMS_SHIPMENT_MISSING_HERE("MISSING_HERE", "wms_shipment"),
    /** The order is not ours; only the ledger holds it (the buyer's payment). */
    LEDGER_ENTRY_MISSING_HERE("MISSING_HERE", "ledger_entry");

    private final String check;
    private final String field;

    InjectedInconsistency(String check, String field) {
        this.check = check;
        this.field = field;
    }

    public String check() {
        return check;
    }

    /** The field; for a gift line, the prefix the line number follows ({@code gift_line_3}). */
    public String field() {
        return field;
    }
}
