package io.orderhub.report.indicators;

import io.orderhub.common.order.Channel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** An order for a test, written with plain SQL (tests may; main code writes orders only through OrderWriter). */
final class SeededOrder {

    private final IndicatorHarness harness;
    private final Channel channel;
    private final String shopId;
    final String platformOrderId;
    final String orderNo;
    private final LocalDateTime createdAt;
    private String status = "PAID";
    private String refundState = "NONE";
    private boolean onHold;
    private LocalDateTime paidAt;
    private LocalDateTime promisedShipBy;
    private LocalDateTime shippedAt;
    private LocalDateTime deliveredAt;
    private boolean presale;
    private LocalDate presaleDeliveryDate;
    private String freezeState;
    private LocalDateTime freezeHeldAt;
    private final List<String[]> lines = new ArrayList<>();

    SeededOrder(IndicatorHarness harness, Channel channel, String shopId, String platformOrderId,
            LocalDateTime createdAt) {
        this.harness = harness;
        this.channel = channel;
        this.shopId = shopId;
        this.platformOrderId = platformOrderId;
        this.orderNo = channel.orderNo(platformOrderId);
        this.createdAt = createdAt;
    }

    SeededOrder status(String value) {
        status = value;
        return this;
    }

    SeededOrder refundState(String value) {
        refundState = value;
        return this;
    }

    SeededOrder onHold() {
        onHold = true;
        return this;
    }

    SeededOrder paid(LocalDateTime value) {
        paidAt = value;
        return this;
    }

    SeededOrder promise(LocalDateTime value) {
        promisedShipBy = value;
        return this;
    }

    SeededOrder shipped(LocalDateTime value) {
        shippedAt = value;
        return this;
    }

    SeededOrder delivered(LocalDateTime value) {
        deliveredAt = value;
        return this;
    }

    SeededOrder presale(LocalDate deliveryDate) {
        presale = true;
        presaleDeliveryDate = deliveryDate;
        return this;
    }

    /** Held by rule {@code tb-big} at {@code heldAt}; {@code state} HELD, RELEASED or REJECTED (freeze_state). */
    SeededOrder frozen(String state, LocalDateTime heldAt) {
        freezeState = state;
        freezeHeldAt = heldAt;
        return this;
    }

    SeededOrder line(String sku, String title) {
        lines.add(new String[] {sku, title});
        return this;
    }

    String insert() {
        harness.jdbc.update("INSERT INTO unified_order (order_no, channel, shop_id, platform_order_id, status,"
                + " platform_status, refund_state, on_hold, goods_amount, discount_amount, freight_amount, tax_amount,"
                + " paid_amount, created_at, paid_at, platform_modified_at, promised_ship_by, shipped_at,"
                + " delivered_at, presale, presale_delivery_date, synced_at, freeze_state, freeze_rule, freeze_held_at)"
                + " VALUES (?, ?, ?, ?, ?, 'X', ?, ?, 10.00, 0.00, 0.00, 0.00, 10.00, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                orderNo, channel.name(), shopId, platformOrderId, status, refundState, onHold, createdAt, paidAt,
                createdAt, promisedShipBy, shippedAt, deliveredAt, presale, presaleDeliveryDate, createdAt, freezeState,
                freezeState == null ? null : "tb-big", freezeHeldAt);
        for (int i = 0; i < lines.size(); i++) {
            harness.jdbc.update("INSERT INTO order_line (order_no, line_no, sku, title, quantity, unit_price,"
                    + " refund_state) VALUES (?, ?, ?, ?, 1, 10.00, 'NONE')", orderNo, i + 1, lines.get(i)[0],
                    lines.get(i)[1]);
        }
        return orderNo;
    }
}
