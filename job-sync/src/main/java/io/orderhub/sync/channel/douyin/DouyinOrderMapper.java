package io.orderhub.sync.channel.douyin;

import io.orderhub.common.money.Yuan;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.FundedBy;
import io.orderhub.common.order.MarketingLine;
import io.orderhub.common.order.MarketingType;
import io.orderhub.common.order.OrderAmounts;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.OrderTimes;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.sync.channel.AmountInvariants;
import io.orderhub.sync.channel.BuyerMask;
import io.orderhub.sync.channel.JsonFields;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.OrderMapper;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.status.StatusMapping;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A 抖店 shop order (as in {@code shop_order_list[]} or {@code shop_order_detail}) → unified order, following
 * docs/unified-model.md, whose field meanings come from the official SDK model ({@code order_searchList}
 * {@code ShopOrderListItem} / {@code SkuOrderListItem} / {@code AfterSaleInfo}), not from our sandbox. Money is fen,
 * times Unix seconds (0 = none); {@code sku_id} is an int64 that may exceed 2^53, read from the JSON text, never
 * through a double.
 */
final class DouyinOrderMapper implements OrderMapper {

    /** {@code biz} values of the cross-border business lines. */
    private static final Set<String> CROSS_BORDER_BIZ = Set.of("21", "22", "23");
    /** {@code after_sale_info} absent: no after-sale, which 抖店 writes as refund_status 0. */
    private static final String NO_AFTER_SALE = "0";
    private static final AmountInvariants AMOUNTS = new AmountInvariants("shop_order.sku_order_list[].sum_amount",
            "shop_order.pay_amount", "shop_order.sku_order_list", "promotion_amount");
    /** {@code after_sale_status} 28 售后失败: among others, the buyer withdrew the after-sale. */
    private static final String WITHDRAWN_AFTER_SALE = "28";

    @Override
    public UnifiedOrder map(String shopId, RawOrder raw, StatusMapping statuses) {
        JsonFields order = new JsonFields(raw.json(), "shop_order");
        String orderId = order.text("order_id");
        String orderStatus = order.text("order_status");
        StatusMapping.Mapped status = statuses.orderStatus(Channel.DOUYIN, orderStatus)
                .orElseThrow(() -> unknownStatus(order.where("order_status"), orderStatus));

        List<JsonFields> skuOrders = order.array("sku_order_list");
        List<OrderLine> lines = new ArrayList<>();
        BigDecimal goods = Yuan.ZERO;
        boolean presale = false;
        for (JsonFields sku : skuOrders) {
            OrderLine line = line(sku, statuses);
            lines.add(line);
            goods = goods.add(lineTotal(sku, line));
            presale |= sku.has("pre_sale_type") && sku.integer("pre_sale_type") != 0;
        }
        LocalDateTime finished = order.epochSeconds("finish_time", true);

        return AMOUNTS.check(new UnifiedOrder(Channel.DOUYIN, shopId, orderId, status.status(), orderStatus,
                RefundState.ofLines(lines.stream().map(OrderLine::refundState).toList()), status.onHold(),
                new OrderAmounts(goods, order.fen("promotion_amount", true), order.fen("post_amount", true),
                        order.fen("tax_amount", true), order.fen("pay_amount", false), "CNY"),
                new OrderTimes(order.epochSeconds("create_time", false), order.epochSeconds("pay_time", true),
                        order.epochSeconds("update_time", false), order.epochSeconds("exp_ship_time", true),
                        order.epochSeconds("ship_time", true),
                        // finish_time is also set when an order is cancelled: it is a completion only for status 5
                        status.status() == OrderStatus.COMPLETED ? finished : null),
                presale, presale ? receiptDate(order) : null,
                order.has("biz") && CROSS_BORDER_BIZ.contains(order.text("biz")),
                BuyerMask.mask(order.textOrNull("doudian_open_id")),
                lines, marketing(order), texts(order)));
    }

    /**
     * {@code ShopOrderListItem.buyer_words} 买家留言, {@code seller_words} 商家备注, and of {@code post_addr} only the
     * names of {@code province}, {@code city}, {@code town} (区县) and {@code street} (街道): its {@code detail} /
     * {@code encrypt_detail}, and the receiver's name and phone, are not read.
     */
    private static OrderTexts texts(JsonFields order) {
        String region = null;
        if (order.has("post_addr")) {
            JsonFields address = order.object("post_addr");
            region = OrderTexts.region(areaName(address, "province"), areaName(address, "city"),
                    areaName(address, "town"), areaName(address, "street"));
        }
        return new OrderTexts(order.textOrNull("buyer_words"), order.textOrNull("seller_words"), region);
    }

    /** An area of {@code post_addr} is {@code {"name": …, "id": …}}; absent = null. */
    private static String areaName(JsonFields address, String area) {
        return address.has(area) ? address.object(area).textOrNull("name") : null;
    }

    /**
     * One {@code sku_order_list[]} item. The SDK model ({@code SkuOrderListItem}) documents {@code origin_amount} as
     * 商品现价（单位：分） — the <em>unit</em> price (example 100 with {@code item_num} 2 and {@code sum_amount} 200) —
     * and {@code promotion_amount} as the line's 店铺+平台+达人 discount, which is its share of the order's.
     */
    private static OrderLine line(JsonFields sku, StatusMapping statuses) {
        int quantity = sku.integer("item_num");
        if (quantity <= 0) {
            throw sku.invalid("item_num", "not a positive quantity: " + quantity);
        }
        BigDecimal discountShare = sku.fen("promotion_amount", true);
        return new OrderLine(sku.textOrNull("out_sku_id"), sku.text("sku_id"), sku.textOrNull("product_name"),
                quantity, null, sku.fen("origin_amount", false), discountShare,
                "FREE".equals(sku.textOrNull("given_product_type")), refundState(sku, statuses), null);
    }

    /** {@code sum_amount} (商品现价*件数); an older payload without it gives {@code origin_amount × item_num}. */
    private static BigDecimal lineTotal(JsonFields sku, OrderLine line) {
        return sku.has("sum_amount") ? sku.fen("sum_amount", false)
                : line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
    }

    /**
     * {@code after_sale_info.refund_status} through the status mapping, except for a withdrawn after-sale: the SDK's
     * field doc says a buyer who cancels an after-sale leaves {@code after_sale_status} 28 (售后失败) with
     * {@code refund_status} still 1 (待退款), never moving to 4 — no refund is pending, so the line has none.
     */
    private static RefundState refundState(JsonFields sku, StatusMapping statuses) {
        if (!sku.has("after_sale_info")) {
            return statuses.refundState(Channel.DOUYIN, NO_AFTER_SALE)
                    .orElseThrow(() -> unknownStatus(sku.where("after_sale_info.refund_status"), NO_AFTER_SALE));
        }
        JsonFields afterSale = sku.object("after_sale_info");
        if (WITHDRAWN_AFTER_SALE.equals(afterSale.textOrNull("after_sale_status"))) {
            return RefundState.NONE;
        }
        String refund = afterSale.has("refund_status") ? afterSale.text("refund_status") : NO_AFTER_SALE;
        return statuses.refundState(Channel.DOUYIN, refund)
                .orElseThrow(() -> unknownStatus(afterSale.where("refund_status"), refund));
    }

    /** Three funders of {@code promotion_amount}; a zero amount is no marketing line. */
    private static List<MarketingLine> marketing(JsonFields order) {
        List<MarketingLine> lines = new ArrayList<>();
        add(lines, MarketingType.SHOP_COUPON, FundedBy.SHOP, "店铺优惠", order.fen("promotion_shop_amount", true));
        add(lines, MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM, "平台优惠",
                order.fen("promotion_platform_amount", true));
        add(lines, MarketingType.LIVE_STREAM_DISCOUNT, FundedBy.AUTHOR, "达人优惠",
                order.fen("promotion_talent_amount", true));
        return lines;
    }

    private static void add(List<MarketingLine> lines, MarketingType type, FundedBy fundedBy, String name,
            BigDecimal amount) {
        if (amount.signum() != 0) {
            lines.add(new MarketingLine(type, fundedBy, name, amount));
        }
    }

    /**
     * {@code receipt_date}, the promised delivery of a presale order. The docs do not pin its type: Unix seconds
     * (0 = none) as for the other 抖店 times, or a {@code yyyy-MM-dd} text; both are read, GMT+8.
     */
    private static LocalDate receiptDate(JsonFields order) {
        if (!order.has("receipt_date")) {
            return null;
        }
        String text = order.text("receipt_date").strip();
        if (text.chars().allMatch(Character::isDigit)) {
            LocalDateTime time = order.epochSeconds("receipt_date", true);
            return time == null ? null : time.toLocalDate();
        }
        return order.date("receipt_date");
    }

    private static MappingFailure unknownStatus(String field, String value) {
        return new MappingFailure(QuarantineReason.UNKNOWN_STATUS, field, "status '" + value + "' is not in the mapping");
    }
}
