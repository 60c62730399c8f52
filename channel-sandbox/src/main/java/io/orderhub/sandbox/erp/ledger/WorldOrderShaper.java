package io.orderhub.sandbox.erp.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Shapes one order consistently across all systems, then bends it for its injected inconsistency (if any) so that
 * exactly that one difference exists: the other systems keep agreeing with each other and with us.
 */
final class WorldOrderShaper {

    static final BigDecimal CROSS_BORDER_RATE = new BigDecimal("0.0910");
    static final BigDecimal DOMESTIC_RATE = new BigDecimal("0.1300");
    private static final String[] CHANNELS = {"TAOBAO", "JD", "DOUYIN", "PDD"};
    private static final String[] ORDER_NO_PREFIX = {"TB", "JD", "DY", "PD"};
    private static final String[] STATUSES = {"PENDING_PAYMENT", "PAID", "SHIPPED", "COMPLETED", "CANCELLED"};
    private static final int[] STATUS_WEIGHTS = {10, 25, 35, 20, 10};

    private final Random random;
    private final LocalDateTime createdFrom;

    WorldOrderShaper(Random random, LocalDateTime createdFrom) {
        this.random = random;
        this.createdFrom = createdFrom;
    }

    WorldOrder shape(int index, InjectedInconsistency injected) {
        WorldOrder order = new WorldOrder();
        int channel = index % CHANNELS.length;
        order.channel = CHANNELS[channel];
        order.shopId = ORDER_NO_PREFIX[channel].toLowerCase(java.util.Locale.ROOT) + "-shop-1";
        order.platformOrderId = String.valueOf(500_000_000L + index);
        order.orderNo = ORDER_NO_PREFIX[channel] + order.platformOrderId;
        order.createdAt = createdFrom.plusMinutes(index / CHANNELS.length).plusSeconds(channel);
        order.status = pickStatus();
        order.refundState = "COMPLETED".equals(order.status) && random.nextInt(20) == 0 ? "REFUNDED" : "NONE";
        order.presale = random.nextInt(10) == 0;
        order.crossBorder = random.nextInt(10) == 0;
        bend(order, injected);
        goodsAndMoney(order, injected == InjectedInconsistency.GIFT_SHIPPED_WITHOUT_STOCK);
        systems(order);
        order.injected = injected;
        if (injected != null) {
            inject(order, injected);
        }
        return order;
    }

    /** The status and flags an injected kind needs, set before the order is shaped. */
    private static void bend(WorldOrder order, InjectedInconsistency injected) {
        if (injected == null) {
            return;
        }
        switch (injected) {
            case LEDGER_AMOUNT_DIFFERS, ERP_AMOUNT_DIFFERS, OUR_AMOUNTS_DO_NOT_ADD_UP, GIFT_SHIPPED_WITHOUT_STOCK -> {
                order.status = "SHIPPED";
                order.refundState = "NONE";
            }
            case LEDGER_REFUNDED_NOT_MARKED -> {
                order.status = "COMPLETED";
                order.refundState = "NONE";
            }
            case MARKED_REFUNDED_NOT_IN_LEDGER, ERP_REFUND_DIFFERS -> {
                order.status = "COMPLETED";
                order.refundState = "REFUNDED";
            }
            case PRESALE_WITHOUT_DATE, PRESALE_ERP_NORMAL_PROMISE -> {
                order.status = "PAID";
                order.presale = true;
            }
            case CROSS_BORDER_WITHOUT_TAX, CROSS_BORDER_DOMESTIC_RATE -> {
                order.status = "PAID";
                order.crossBorder = true;
            }
            case WMS_SHIPPED_NOT_HERE -> order.status = "PAID";
            case GATEWAY_PAID_PENDING_HERE -> order.status = "PENDING_PAYMENT";
            case CANCELLED_ON_PICK_LIST -> order.status = "CANCELLED";
            case ERP_ORDER_MISSING_HERE, LEDGER_ENTRY_MISSING_HERE -> order.status = "PAID";
            case WMS_SHIPMENT_MISSING_HERE -> order.status = "SHIPPED";
            default -> throw new IllegalStateException("no shape for " + injected);
        }
    }

    private void goodsAndMoney(WorldOrder order, boolean needsGift) {
        BigDecimal goods = BigDecimal.ZERO.setScale(2);
        int lineCount = 1 + random.nextInt(3);
        for (int i = 1; i <= lineCount; i++) {
            int quantity = 1 + random.nextInt(3);
            // At least 20.00 a line: two promotions of at most 9.99 each never take an order to zero or below.
            BigDecimal price = BigDecimal.valueOf(2000 + random.nextInt(48_000), 2);
            order.lines.add(new WorldOrder.Line(i, "SKU-" + (100 + random.nextInt(900)) + "-" + i, quantity, price,
                    false));
            goods = goods.add(price.multiply(BigDecimal.valueOf(quantity)));
        }
        if (needsGift || random.nextInt(5) == 0) {
            order.lines.add(new WorldOrder.Line(lineCount + 1, "GIFT-" + (10 + random.nextInt(90)), 1,
                    BigDecimal.ZERO.setScale(2), true));
        }
        BigDecimal discount = BigDecimal.ZERO.setScale(2);
        int promotions = random.nextInt(3);
        for (int seq = 1; seq <= promotions; seq++) {
            BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(900), 2);
            order.marketing.add(new WorldOrder.Marketing(seq, seq == 1 ? "SHOP_COUPON" : "PLATFORM_COUPON",
                    seq == 1 ? "SHOP" : "PLATFORM", amount));
            discount = discount.add(amount);
        }
        order.goods = goods;
        order.discount = discount;
        order.freight = random.nextBoolean() ? new BigDecimal("8.00") : BigDecimal.ZERO.setScale(2);
        if (order.crossBorder) {
            order.tax = goods.subtract(discount).multiply(CROSS_BORDER_RATE).setScale(2, RoundingMode.HALF_UP);
        }
        order.paid = goods.subtract(discount).add(order.freight).add(order.tax);
        if (order.presale) {
            order.presaleDeliveryDate = order.createdAt.toLocalDate().plusDays(15);
        }
    }

    /** The other systems' records of a consistent order. */
    private void systems(WorldOrder order) {
        boolean paid = !"PENDING_PAYMENT".equals(order.status) && !"CANCELLED".equals(order.status);
        if (paid) {
            order.paidAt = order.createdAt.plusMinutes(2);
            order.ledger.add(new WorldOrder.LedgerEntry("P" + order.orderNo, "PAYMENT", order.paid, order.paidAt));
            order.erp = new WorldOrder.ErpOrder(order.paid, order.status, order.refunded(), order.presale
                    ? order.presaleDeliveryDate : order.createdAt.toLocalDate().plusDays(2));
        }
        if (order.refunded()) {
            order.ledger.add(new WorldOrder.LedgerEntry("R" + order.orderNo, "REFUND", order.paid,
                    order.createdAt.plusDays(5)));
        }
        if (order.shipped()) {
            order.shippedAt = order.createdAt.plusDays(1);
            order.shipments.add(new WorldOrder.Shipment("S" + order.orderNo, "SHIPPED", order.shippedAt,
                    "YT" + order.platformOrderId));
            for (WorldOrder.Line line : order.lines) {
                order.movements.add(new WorldOrder.Movement("M" + order.orderNo + "-" + line.lineNo(), line.sku(),
                        line.quantity(), line.gift()));
            }
        } else if ("PAID".equals(order.status) && random.nextBoolean()) {
            order.shipments.add(new WorldOrder.Shipment("S" + order.orderNo, "PICKING", null, null));
        }
        if (order.crossBorder) {
            order.taxLines.add(new WorldOrder.TaxLine(1, "CROSS_BORDER_VAT", CROSS_BORDER_RATE, order.tax));
        }
    }

    private static void inject(WorldOrder order, InjectedInconsistency injected) {
        order.injectedField = injected.field();
        switch (injected) {
            case LEDGER_AMOUNT_DIFFERS -> order.ledger.set(0, new WorldOrder.LedgerEntry(order.ledger.get(0).entryNo(),
                    "PAYMENT", order.paid.add(new BigDecimal("0.01")), order.paidAt));
            case ERP_AMOUNT_DIFFERS -> order.erp = new WorldOrder.ErpOrder(order.paid.add(new BigDecimal("1.00")),
                    order.erp.status(), order.erp.refunded(), order.erp.promisedShipDate());
            case OUR_AMOUNTS_DO_NOT_ADD_UP -> order.marketing.add(new WorldOrder.Marketing(order.marketing.size() + 1,
                    "OTHER", "SHOP", new BigDecimal("0.01")));
            case LEDGER_REFUNDED_NOT_MARKED -> order.ledger.add(new WorldOrder.LedgerEntry("R" + order.orderNo,
                    "REFUND", order.paid, order.createdAt.plusDays(5)));
            case MARKED_REFUNDED_NOT_IN_LEDGER -> order.ledger.removeIf(e -> "REFUND".equals(e.kind()));
            case ERP_REFUND_DIFFERS -> order.erp = new WorldOrder.ErpOrder(order.erp.amount(), order.erp.status(),
                    false, order.erp.promisedShipDate());
            case GIFT_SHIPPED_WITHOUT_STOCK -> {
                WorldOrder.Line gift = order.lines.stream().filter(WorldOrder.Line::gift).findFirst().orElseThrow();
                order.movements.removeIf(m -> m.gift() && m.sku().equals(gift.sku()));
                order.injectedField = injected.field() + gift.lineNo();
            }
            case PRESALE_WITHOUT_DATE -> order.presaleDeliveryDate = null;
            case PRESALE_ERP_NORMAL_PROMISE -> order.erp = new WorldOrder.ErpOrder(order.erp.amount(),
                    order.erp.status(), order.erp.refunded(), order.presaleDeliveryDate.minusDays(10));
            case CROSS_BORDER_WITHOUT_TAX -> order.taxLines.clear();
            case CROSS_BORDER_DOMESTIC_RATE -> order.taxLines.set(0, new WorldOrder.TaxLine(1, "VAT", DOMESTIC_RATE,
                    order.tax));
            case WMS_SHIPPED_NOT_HERE -> {
                order.shipments.clear();
                order.shipments.add(new WorldOrder.Shipment("S" + order.orderNo, "SHIPPED",
                        order.createdAt.plusDays(1), "YT" + order.platformOrderId));
                for (WorldOrder.Line line : order.lines) {
                    order.movements.add(new WorldOrder.Movement("M" + order.orderNo + "-" + line.lineNo(),
                            line.sku(), line.quantity(), line.gift()));
                }
            }
            case GATEWAY_PAID_PENDING_HERE -> order.ledger.add(new WorldOrder.LedgerEntry("P" + order.orderNo,
                    "PAYMENT", order.paid, order.createdAt.plusMinutes(2)));
            case CANCELLED_ON_PICK_LIST -> order.shipments.add(new WorldOrder.Shipment("S" + order.orderNo,
                    "PICKING", null, null));
            case ERP_ORDER_MISSING_HERE -> onlyIn(order, true, false, false);
            case WMS_SHIPMENT_MISSING_HERE -> onlyIn(order, false, true, false);
            case LEDGER_ENTRY_MISSING_HERE -> onlyIn(order, false, false, true);
            default -> throw new IllegalStateException("no injection for " + injected);
        }
    }

    /** An order we lack that one system still holds: the others' records go with ours. */
    private static void onlyIn(WorldOrder order, boolean erp, boolean wms, boolean ledger) {
        order.ours = false;
        if (!erp) {
            order.erp = null;
        }
        if (!wms) {
            order.shipments.clear();
            order.movements.clear();
        }
        if (!ledger) {
            order.ledger.clear();
        }
        order.taxLines.clear();
    }

    private String pickStatus() {
        int roll = random.nextInt(100);
        for (int i = 0; i < STATUSES.length; i++) {
            roll -= STATUS_WEIGHTS[i];
            if (roll < 0) {
                return STATUSES[i];
            }
        }
        return STATUSES[STATUSES.length - 1];
    }
}
