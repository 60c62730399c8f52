package io.orderhub.sandbox.erp.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies the generated world's orders as our sync would have stored them ({@code gen_our_order*}) into our order
 * tables ({@code unified_order}, {@code order_line}, {@code order_marketing}) of the same schema, for the consistency
 * tests and {@code bench/run consistency}. A stand-in for a sync, never run by an executor: that is why it may write
 * the order tables directly (see docs/architecture.md, "Data access").
 */
public final class OurOrderTablesCopy {

    private OurOrderTablesCopy() {
    }

    /** Inserts every generated order, line and marketing row; the order tables are expected to hold none of them. */
    public static void copy(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO unified_order (order_no, channel, shop_id, platform_order_id, status,"
                    + " platform_status, refund_state, goods_amount, discount_amount, freight_amount, tax_amount,"
                    + " paid_amount, created_at, paid_at, platform_modified_at, promised_ship_by, shipped_at, presale,"
                    + " presale_delivery_date, cross_border, synced_at) SELECT order_no, channel, shop_id,"
                    + " platform_order_id, status, platform_status, refund_state, goods_amount, discount_amount,"
                    + " freight_amount, tax_amount, paid_amount, created_at, paid_at, platform_modified_at,"
                    + " promised_ship_by, shipped_at, presale, presale_delivery_date, cross_border, synced_at"
                    + " FROM gen_our_order");
            statement.executeUpdate("INSERT INTO order_line (order_no, line_no, sku, title, quantity, unit_price,"
                    + " gift, refund_state) SELECT order_no, line_no, sku, title, quantity, unit_price, gift,"
                    + " refund_state FROM gen_our_order_line");
            statement.executeUpdate("INSERT INTO order_marketing (order_no, seq, type, funded_by, amount)"
                    + " SELECT order_no, seq, type, funded_by, amount FROM gen_our_order_marketing");
        }
    }
}
